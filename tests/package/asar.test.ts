import { listPackage } from '@electron/asar';
import { build } from 'electron-builder';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { LANGUAGES } from '../../electron/api/languages';

// electron-builder's Linux "dir" target with a stub Electron: no download, no native rebuild,
// a few seconds. It shows what the real installers would ship.
let work: string;
let files: string[];
let unpacked: string;
let resources: string;

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'socialsme-package-'));
  const stub = path.join(work, 'electron-stub');
  fs.mkdirSync(stub);
  fs.writeFileSync(path.join(stub, 'electron'), '');
  const output = path.join(work, 'out');
  const release = YAML.parse(fs.readFileSync('build/electron-builder.yml', 'utf8')) as Record<string, unknown>;
  // Fuses are flipped inside the real Electron binary; the stub has none.
  delete release.electronFuses;
  await build({
    projectDir: process.cwd(),
    linux: ['dir'],
    publish: 'never',
    config: { ...release, electronDist: stub, npmRebuild: false, directories: { output, buildResources: 'build' } },
  });
  resources = path.join(output, 'linux-unpacked', 'resources');
  files = listPackage(path.join(resources, 'app.asar'), { isPack: false }).map((f) => f.replaceAll('\\', '/'));
  unpacked = path.join(resources, 'app.asar.unpacked');
});

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('packaged app (linux dir)', () => {
  it('holds the main process, the preload and the renderer', () => {
    expect(files).toContain('/package.json');
    expect(files).toContain('/dist/electron/main.cjs');
    expect(files).toContain('/dist/electron/preload.cjs');
    expect(files).toContain('/dist/renderer/index.html');
    // Every script the built pages load is in the archive (the app's entry and the voting page's).
    expect(files).toContain('/dist/renderer/vote.html');
    for (const page of ['index.html', 'vote.html']) {
      const scripts = [...fs.readFileSync(path.join('dist', 'renderer', page), 'utf8').matchAll(/src="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
      expect(scripts.length, page).toBeGreaterThan(0);
      for (const s of scripts) expect(files, page).toContain(`/dist/renderer/${s}`);
    }
  });

  it('holds the UI strings and the document captions of all nine languages (the core reads both)', () => {
    for (const lng of LANGUAGES) expect(files).toContain(`/locales/${lng}/translation.json`);
    for (const lng of LANGUAGES) expect(files).toContain(`/locales/${lng}/documents.json`);
  });

  it('holds the methodology package', () => {
    expect(files).toContain('/content/structure/package.json');
    expect(files).toContain('/content/en/package.yaml');
  });

  it('holds the PDF worker and the fonts it embeds', () => {
    expect(files).toContain('/dist/pdf/worker.mjs');
    expect(files).toContain('/node_modules/@react-pdf/renderer/package.json');
    expect(files).toContain('/node_modules/@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf');
    expect(files).toContain('/node_modules/@expo-google-fonts/noto-sans/700Bold_Italic/NotoSans_700Bold_Italic.ttf');
    expect(files.some((f) => f.includes('/noto-sans/100Thin/'))).toBe(false);
  });

  it('holds ExcelJS, which the main bundle loads from node_modules when a spreadsheet is made', () => {
    expect(files).toContain('/node_modules/exceljs/package.json');
  });

  it('puts the package PDFs (the former CD) beside the app', () => {
    const pdfs = path.join(resources, 'pdfs', 'en');
    expect(fs.readdirSync(pdfs)).toContain('04-w1.pdf');
    expect(fs.readFileSync(path.join(pdfs, '04-w1.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(fs.readdirSync(path.join(pdfs, 'worksheets'))).toContain('ws1-inventory.pdf');
  });

  it('ships better-sqlite3 with its native module outside the archive', () => {
    expect(files).toContain('/node_modules/better-sqlite3/package.json');
    const native = path.join(unpacked, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
    expect(fs.existsSync(native)).toBe(true);
    expect(fs.statSync(native).size).toBeGreaterThan(100_000);
  });

  it('leaves out what only the build needs', () => {
    expect(files.some((f) => f.startsWith('/node_modules/react-dom/'))).toBe(false);
    expect(files.some((f) => f.startsWith('/node_modules/@mantine/'))).toBe(false);
    expect(files.some((f) => f.startsWith('/node_modules/electron/'))).toBe(false);
    expect(files.some((f) => f.startsWith('/tests/'))).toBe(false);
    expect(files.some((f) => f.endsWith('.map'))).toBe(false);
  });
});
