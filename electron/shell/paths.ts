import { app } from 'electron';
import { resolveDataDir } from '../core/data-dir';

/**
 * Decides the data folder before anything else touches userData (and before the single-instance
 * lock, which lives in userData): the flag, then the USB stick, then the profile.
 */
export function setupDataDir(): string {
  const { dir } = resolveDataDir({
    argv: process.argv,
    env: process.env,
    platform: process.platform,
    defaultDir: app.getPath('userData'),
  });
  app.setPath('userData', dir);
  app.setPath('sessionData', dir);
  return dir;
}
