import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DATABASE_FILE } from '../../../electron/core/app-core';
import { testCore } from '../../helpers/core';
import { electronMock } from './electron-mock';

const mock = electronMock();
let systemLanguages = ['en-GB'];
const events: string[] = [];
let ready: () => void = () => {};
const app = Object.assign(mock.module.app, {
  requestSingleInstanceLock: vi.fn(() => true),
  on: vi.fn(),
  whenReady: vi.fn(() => new Promise<void>((resolve) => (ready = resolve))),
  getVersion: () => '0.0.0-test',
  getPreferredSystemLanguages: () => systemLanguages,
  quit: vi.fn(() => events.push('quit')),
  exit: vi.fn((code: number) => events.push(`exit ${code}`)),
});
const dialog = {
  showMessageBoxSync: vi.fn((options: { message: string; detail: string }) => (events.push(`dialog ${options.message}`), 0)),
  showErrorBox: vi.fn((title: string, content: string) => events.push(`error ${content}`)),
};
const window = { on: vi.fn(), once: vi.fn(), loadURL: vi.fn(async () => {}), maximize: vi.fn(), webContents: { on: vi.fn(), setWindowOpenHandler: vi.fn() } };
vi.mock('electron', () => ({
  ...mock.module,
  app,
  dialog,
  Menu: { setApplicationMenu: vi.fn() },
  BrowserWindow: vi.fn(function BrowserWindow() {
    events.push('window');
    return window;
  }),
}));
let settingsFail = false;
vi.mock('electron-store', () => ({
  default: class {
    store: Record<string, unknown> = {};
    constructor() {
      if (settingsFail) throw new Error('config.json: permission denied');
    }
    set() {}
  },
}));

const made: string[] = [];
afterEach(() => {
  events.length = 0;
  systemLanguages = ['en-GB'];
  settingsFail = false;
  vi.resetModules();
  while (made.length) fs.rmSync(made.pop()!, { recursive: true, force: true });
});

/** Starts the shell's main module on a data folder and waits until whenReady's work is done. */
async function startShell(dataDir: string): Promise<void> {
  process.argv = [process.argv[0]!, 'main.cjs', '--data-dir', dataDir];
  await import('../../../electron/shell/main');
  ready();
  await vi.waitFor(() => expect(events.length).toBeGreaterThan(0));
}

function dataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'socialsme-shell-'));
  made.push(dir);
  return dir;
}

describe('the Electron shell at start-up', () => {
  it('shows a damaged database as a dialog in the system language before the window opens', async () => {
    const dir = dataDir();
    fs.writeFileSync(path.join(dir, DATABASE_FILE), 'a shopping list');
    systemLanguages = ['lv-LV', 'en-GB'];
    await startShell(dir);
    await vi.waitFor(() => expect(events).toContain('window'));
    expect(events[0]).toBe('dialog Lietas materiālus nevar atvērt');
    expect(events.indexOf('window')).toBeGreaterThan(0);
    const detail = dialog.showMessageBoxSync.mock.calls.at(-1)![0].detail;
    expect(detail).toContain('Datubāzes fails socialsme.sqlite ir bojāts');
    expect(detail).toContain(dir);
  });

  it('a second app on the same data folder says so and opens no window', async () => {
    const first = testCore(dataDir());
    try {
      await startShell(first.dataDir);
      await vi.waitFor(() => expect(events).toContain('quit'));
      expect(dialog.showMessageBoxSync.mock.calls.at(-1)![0].detail).toContain('already running with this data folder');
      expect(events).not.toContain('window');
    } finally {
      first.close();
    }
  });

  it('a failure during start-up is shown and ends the app, not an unhandled rejection', async () => {
    settingsFail = true;
    await startShell(dataDir());
    await vi.waitFor(() => expect(events).toContain('exit 1'));
    expect(events[0]).toBe('error The app could not start: config.json: permission denied');
    expect(events).not.toContain('window');
  });
});
