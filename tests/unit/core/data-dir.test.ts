import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PORTABLE_MARKER, resolveDataDir } from '../../../electron/core/data-dir';

const base = { env: {}, platform: 'linux' as NodeJS.Platform, defaultDir: '/home/u/.config/SocialSME 6x3', exists: () => false, isWritableDir: () => false };

describe('resolveDataDir', () => {
  it('prefers an explicit --data-dir, in both spellings', () => {
    expect(resolveDataDir({ ...base, argv: ['app', '--data-dir', 'rel/dir'] })).toEqual({ dir: path.resolve('rel/dir'), source: 'flag' });
    expect(resolveDataDir({ ...base, argv: ['app', '--data-dir=/x/y'] }).dir).toBe('/x/y');
  });

  it('uses the data folder beside a portable Windows executable when the marker is there', () => {
    const env = { PORTABLE_EXECUTABLE_DIR: 'E:\\SocialSME' };
    const exists = (f: string) => f === path.join('E:\\SocialSME', PORTABLE_MARKER);
    expect(resolveDataDir({ ...base, argv: [], env, platform: 'win32', exists })).toEqual({ dir: path.join('E:\\SocialSME', 'data'), source: 'portable' });
    expect(resolveDataDir({ ...base, argv: [], env, platform: 'win32' }).source).toBe('default');
  });

  it('uses a writable data folder beside the AppImage on a stick', () => {
    const env = { APPIMAGE: '/media/stick/SocialSME.AppImage' };
    const isWritableDir = (d: string) => d === '/media/stick/data';
    expect(resolveDataDir({ ...base, argv: [], env, isWritableDir })).toEqual({ dir: '/media/stick/data', source: 'portable' });
  });

  it('falls back to the profile folder', () => {
    expect(resolveDataDir({ ...base, argv: ['app'] })).toEqual({ dir: base.defaultDir, source: 'default' });
  });
});
