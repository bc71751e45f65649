import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveStaticFile } from '../../../electron/core/static-files';
import { tempDir } from '../../helpers/tmp';

describe('resolveStaticFile', () => {
  const setup = () => {
    const root = tempDir();
    fs.writeFileSync(path.join(root, 'index.html'), 'index');
    fs.mkdirSync(path.join(root, 'assets'));
    fs.writeFileSync(path.join(root, 'assets', 'a.js'), 'a');
    fs.writeFileSync(path.join(path.dirname(root), `${path.basename(root)}-secret.txt`), 's');
    return root;
  };

  it('serves files under the root and index.html for app routes', () => {
    const root = setup();
    expect(resolveStaticFile(root, '/assets/a.js')).toBe(path.join(root, 'assets', 'a.js'));
    expect(resolveStaticFile(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticFile(root, '/smes/123')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticFile(root, '/missing.js')).toBeNull();
  });

  it.each(['/../x', '/assets/../../x', '/%2e%2e/x', '/..%2fx', '/a%00.js', '/..\\x', '/%E0%A4%A'])('refuses %s', (p) => {
    const root = setup();
    expect(resolveStaticFile(root, p)).toBeNull();
  });

  it('does not leak a sibling folder that shares the root’s name prefix', () => {
    const root = setup();
    expect(resolveStaticFile(root, `/../${path.basename(root)}-secret.txt`)).toBeNull();
  });
});
