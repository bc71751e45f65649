import type { BrowserWindowConstructorOptions, WebContents } from 'electron';
import { app, BrowserWindow, session, shell } from 'electron';
import path from 'node:path';
import type { Settings } from '../api/settings';
import { APP_ORIGIN, isAppUrl } from './protocol';

/** The security-relevant window options; a unit test pins every one of them. */
export function windowOptions(preload: string, bounds: Settings['windowBounds']): BrowserWindowConstructorOptions {
  return {
    width: bounds?.width ?? 1280,
    height: bounds?.height ?? 820,
    ...(bounds?.x !== undefined && bounds?.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'SocialSME 6x3',
    // The page colour of the light scheme the app uses: the window is painted in it before the
    // first frame, and is shown only once that frame is ready (ready-to-show), so nothing flashes.
    backgroundColor: '#ffffff',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
      // The installed app has no developer tools; a development run (`electron .`) has them.
      devTools: !app.isPackaged,
    },
  };
}

/** Only http(s) links leave the app, and only to the system browser. */
export function isSafeExternalUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0 && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** Denies navigation away from the app, new windows and every permission request. */
export function lockDown(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isOwnUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isOwnUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

export const isOwnUrl = isAppUrl;

/** The one permission the app uses: full screen for the live workshop mode, from our own pages. */
export function allowPermission(permission: string, requestingUrl: string): boolean {
  return permission === 'fullscreen' && isOwnUrl(requestingUrl);
}

export function createMainWindow(bounds: Settings['windowBounds']): BrowserWindow {
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(allowPermission(permission, details.requestingUrl)),
  );
  session.defaultSession.setPermissionCheckHandler((_contents, permission, requestingOrigin) => allowPermission(permission, requestingOrigin));
  const window = new BrowserWindow(windowOptions(path.join(__dirname, 'preload.cjs'), bounds));
  lockDown(window.webContents);
  if (bounds?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}
