import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../electron/api/contract';
import { electronMock } from './electron-mock';

const require = createRequire(import.meta.url);
const mock = electronMock();
vi.mock('electron', () => mock.module);

const { setupIpc, isTrustedSender } = await import('../../../electron/shell/ipc');
const { windowOptions, isSafeExternalUrl, isOwnUrl, lockDown, allowPermission, createMainWindow } = await import('../../../electron/shell/window');
const { setupAppProtocol, APP_ORIGIN } = await import('../../../electron/shell/protocol');

function fakeContents() {
  const mainFrame = { url: `${APP_ORIGIN}/index.html` };
  const listeners: Record<string, (...args: unknown[]) => void> = {};
  return {
    mainFrame,
    on: vi.fn((name: string, fn: (...args: unknown[]) => void) => (listeners[name] = fn)),
    setWindowOpenHandler: vi.fn(),
    listeners,
  };
}

describe('IPC registration', () => {
  beforeEach(() => mock.handlers.clear());

  it('registers every contract channel, and only those', () => {
    setupIpc(async () => ({ ok: true, value: null }), () => null);
    expect([...mock.handlers.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('answers our window and refuses any other sender or frame', async () => {
    const ours = fakeContents();
    const dispatch = vi.fn(async () => ({ ok: true as const, value: 'hello' }));
    setupIpc(dispatch, () => ours as never);
    const handler = mock.handlers.get('smes.list')!;
    expect(await handler({ sender: ours, senderFrame: ours.mainFrame }, {})).toEqual({ ok: true, value: 'hello' });

    const stranger = fakeContents();
    expect(await handler({ sender: stranger, senderFrame: stranger.mainFrame }, {})).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const subFrame = { url: `${APP_ORIGIN}/index.html` };
    expect(isTrustedSender({ sender: ours, senderFrame: subFrame } as never, ours as never)).toBe(false);
    const navigatedAway = { ...ours, mainFrame: { url: 'https://evil.example/' } };
    expect(isTrustedSender({ sender: navigatedAway, senderFrame: navigatedAway.mainFrame } as never, navigatedAway as never)).toBe(false);
    expect(dispatch).toHaveBeenCalledTimes(1);
  });
});

describe('window', () => {
  it('keeps the security flags on', () => {
    const options = windowOptions('/app/preload.cjs', null);
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/preload.cjs',
    });
  });

  it('has developer tools only when Electron says the app is not packaged, wherever the binary lies', () => {
    const execPath = process.execPath;
    try {
      Object.defineProperty(process, 'execPath', { value: '/opt/electron/SocialSME 6x3', configurable: true });
      mock.module.app.isPackaged = true;
      expect(windowOptions('p', null).webPreferences?.devTools).toBe(false);
      mock.module.app.isPackaged = false;
      expect(windowOptions('p', null).webPreferences?.devTools).toBe(true);
    } finally {
      mock.module.app.isPackaged = true;
      Object.defineProperty(process, 'execPath', { value: execPath, configurable: true });
    }
  });

  it('stays hidden until the first screen is painted, on the app\'s own background', () => {
    const events: Record<string, () => void> = {};
    const window = {
      once: vi.fn((name: string, fn: () => void) => (events[name] = fn)),
      show: vi.fn(),
      maximize: vi.fn(),
      loadURL: vi.fn(async () => undefined),
      webContents: fakeContents(),
    };
    mock.module.BrowserWindow.mockImplementationOnce(function () { return window; });
    createMainWindow(null);
    const options = mock.module.BrowserWindow.mock.calls.at(-1)![0] as { show: boolean; backgroundColor: string };
    expect(options.show).toBe(false);
    expect(window.loadURL).toHaveBeenCalledWith(`${APP_ORIGIN}/index.html`);
    expect(window.show).not.toHaveBeenCalled();
    events['ready-to-show']!();
    expect(window.show).toHaveBeenCalledTimes(1);
    // The page's background in the light scheme the app uses, as the component library sets it.
    const css = fs.readFileSync(require.resolve('@mantine/core/styles/default-css-variables.css'), 'utf8');
    const body = /\[data-mantine-color-scheme='light'\][^}]*--mantine-color-body:\s*(#[0-9a-f]+)/i.exec(css)![1]!;
    const long = (hex: string) => (hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex).toLowerCase();
    expect(long(options.backgroundColor)).toBe(long(body));
  });

  it('restores the saved window size', () => {
    expect(windowOptions('p', { width: 1000, height: 700, x: 10, y: 20, maximized: false })).toMatchObject({ width: 1000, height: 700, x: 10, y: 20 });
  });

  it.each([
    ['https://www.example.org/page', true],
    ['http://example.org', true],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['app://socialsme/index.html', false],
    ['https://user:pass@example.org', false],
    ['smb://share/x', false],
    ['not a url', false],
  ])('opens %s outside the app: %s', (url, safe) => {
    expect(isSafeExternalUrl(url)).toBe(safe);
  });

  it.each([
    [`${APP_ORIGIN}/index.html#/smes`, true],
    ['app://socialsme.evil/index.html', false],
    ['app://evil/socialsme', false],
    ['https://socialsme/', false],
  ])('treats %s as our own page: %s', (url, own) => {
    expect(isOwnUrl(url)).toBe(own);
  });

  it('grants only full screen, and only to our own pages', () => {
    expect(allowPermission('fullscreen', `${APP_ORIGIN}/index.html#/workshops/x/live`)).toBe(true);
    expect(allowPermission('fullscreen', 'https://evil.example/')).toBe(false);
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) expect(allowPermission(p, `${APP_ORIGIN}/`)).toBe(false);
  });

  it('stops navigation away from the app and denies new windows', () => {
    const contents = fakeContents();
    lockDown(contents as never);
    const prevent = vi.fn();
    contents.listeners['will-navigate']!({ preventDefault: prevent }, 'https://evil.example/');
    expect(prevent).toHaveBeenCalled();
    const allowed = vi.fn();
    contents.listeners['will-navigate']!({ preventDefault: allowed }, `${APP_ORIGIN}/index.html#/settings`);
    expect(allowed).not.toHaveBeenCalled();
    const openHandler = contents.setWindowOpenHandler.mock.calls[0]![0] as (d: { url: string }) => { action: string };
    expect(openHandler({ url: 'https://example.org' })).toEqual({ action: 'deny' });
    expect(mock.module.shell.openExternal).toHaveBeenCalledWith('https://example.org');
    expect(openHandler({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(mock.module.shell.openExternal).toHaveBeenCalledTimes(1);
  });
});

describe('app:// protocol', () => {
  const root = path.resolve('tests/unit/shell/fixtures/renderer');
  setupAppProtocol(root);
  const handler = mock.protocolHandlers.get('app')!;

  it('serves files of the renderer with our CSP', async () => {
    const response = await handler(new Request(`${APP_ORIGIN}/index.html`));
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Security-Policy')).toContain("default-src 'self'");
  });

  it.each(['/../../package.json', '/%2e%2e/%2e%2e/package.json', '/..%2F..%2Fpackage.json', '/assets/%00.js'])(
    'refuses %s',
    async (p) => {
      const response = await handler(new Request(`${APP_ORIGIN}${p}`));
      expect(response.status).toBe(404);
      expect(mock.module.net.fetch).not.toHaveBeenCalledWith(expect.stringContaining('package.json'));
    },
  );

  it('refuses other methods and other hosts', async () => {
    expect((await handler(new Request(`${APP_ORIGIN}/index.html`, { method: 'POST', body: 'x' }))).status).toBe(405);
    expect((await handler(new Request('app://other/index.html'))).status).toBe(404);
  });
});

describe('preload', () => {
  it('exposes one invoke for the contract channels and refuses others', async () => {
    await import('../../../electron/shell/preload');
    const bridge = mock.exposed['api'] as { invoke: (c: string, p: unknown) => Promise<unknown> };
    expect(Object.keys(bridge)).toEqual(['invoke']);
    expect(await bridge.invoke('smes.list', { text: 'a' })).toEqual({ ok: true, value: { channel: 'smes.list', payload: { text: 'a' } } });
    expect(await bridge.invoke('fs.readFile', {})).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });
});
