import { app, BrowserWindow, Menu } from 'electron';
import { createAppCore } from '../core/app-core';
import { rendererDir } from '../core/app-root';
import { setupIpc } from './ipc';
import { setupDataDir } from './paths';
import { registerAppScheme, setupAppProtocol } from './protocol';
import { ElectronSettingsStore } from './settings-store';
import { createMainWindow } from './window';

// App lifecycle only. Everything else lives in core/ and is tested without Electron.
const dataDir = setupDataDir();
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let window: BrowserWindow | null = null;
  app.on('second-instance', () => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });

  void app.whenReady().then(() => {
    const settings = new ElectronSettingsStore();
    const core = createAppCore({
      dataDir,
      settings,
      shell: 'electron',
      version: app.getVersion(),
      systemLanguages: () => app.getPreferredSystemLanguages(),
    });
    setupAppProtocol(rendererDir());
    core.warmUp();
    setupIpc(core.dispatch, () => window?.webContents ?? null);
    if (process.platform !== 'darwin') Menu.setApplicationMenu(null);
    window = createMainWindow(settings.get().windowBounds);
    window.on('close', () => {
      if (!window) return;
      const { x, y, width, height } = window.getNormalBounds();
      settings.setWindowBounds({ x, y, width, height, maximized: window.isMaximized() });
    });
    window.on('closed', () => (window = null));
    app.on('window-all-closed', () => {
      core.close();
      app.quit();
    });
  });
}
