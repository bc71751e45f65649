import { app, BrowserWindow, dialog, Menu, shell } from 'electron';
import type { AppCore } from '../core/app-core';
import { isDatabaseProblem } from '../api/result';
import { createAppCore } from '../core/app-core';
import { rendererDir } from '../core/app-root';
import { databaseMessage } from '../core/database-message';
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

  void app
    .whenReady()
    .then(() => {
      const settings = new ElectronSettingsStore();
      const core = createAppCore({
        dataDir,
        settings,
        shell: 'electron',
        version: app.getVersion(),
        systemLanguages: () => app.getPreferredSystemLanguages(),
        // Print hands the PDF to the system's viewer, which prints the document itself.
        openFile: (file) => shell.openPath(file),
      });
      // Say why the case files are not there before any window shows; a second app on the same
      // data folder (a browser host, say) opens nothing at all.
      if (core.databaseError && !explainDatabaseProblem(core, settings.get().uiLanguage)) return;
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
    })
    .catch((error: unknown) => {
      // Never end silently with a stack on a console nobody sees.
      dialog.showErrorBox('SocialSME 6x3', `The app could not start: ${error instanceof Error ? error.message : String(error)}`);
      app.exit(1);
    });
}

/** Shows the database refusal as a dialog; answers whether the app goes on to its window. */
function explainDatabaseProblem(core: AppCore, uiLanguage: string | null): boolean {
  const code = core.databaseError!.code;
  const problem = databaseMessage(isDatabaseProblem(code) ? code : 'internal', [uiLanguage, ...app.getPreferredSystemLanguages()], dataDir);
  dialog.showMessageBoxSync({ type: 'error', title: 'SocialSME 6x3', message: problem.title, detail: `${problem.text}\n\n${problem.where}` });
  if (code !== 'db_in_use') return true;
  core.close();
  app.quit();
  return false;
}
