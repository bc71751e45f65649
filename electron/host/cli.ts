import fs from 'node:fs';
import path from 'node:path';
import { createAppCore } from '../core/app-core';
import { isDatabaseProblem } from '../api/result';
import { appRoot, rendererDir } from '../core/app-root';
import { databaseMessage } from '../core/database-message';
import { defaultUserDataDir, readFlag, resolveDataDir } from '../core/data-dir';
import { JsonSettingsStore } from '../core/settings/json-store';
import { startHostFor } from './port-memory';

/**
 * `npm run start:browser -- [--data-dir DIR] [--port N]`: serves the app to a local browser.
 * The last line printed is `URL: http://127.0.0.1:N/?token=…`, which tests and users open; the
 * page keeps the token for its tab and takes it out of the address bar. Without --port, the port
 * of the last start on this data folder is taken again, so drafts kept by the browser for that
 * address are found again.
 */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const { dir } = resolveDataDir({
    argv,
    env: process.env,
    platform: process.platform,
    defaultDir: defaultUserDataDir(),
  });
  const portFlag = readFlag(argv, '--port');
  const port = portFlag === null ? undefined : Number(portFlag);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) {
    console.error(`--port must be a number from 0 to 65535, not "${portFlag}"`);
    process.exit(2);
  }
  const version = (JSON.parse(fs.readFileSync(path.join(appRoot(), 'package.json'), 'utf8')) as { version: string }).version;
  const settings = new JsonSettingsStore(dir);
  const locale = Intl.DateTimeFormat().resolvedOptions().locale;
  const core = createAppCore({
    dataDir: dir,
    settings,
    shell: 'browser',
    version,
    // The browser reports its own languages; the host adds the process locale as a hint.
    systemLanguages: () => [locale],
  });
  if (core.databaseError) {
    const { code } = core.databaseError;
    const problem = databaseMessage(isDatabaseProblem(code) ? code : 'internal', [settings.get().uiLanguage, locale], dir);
    console.error(`${problem.title}: ${problem.text}`);
    if (code === 'db_in_use') {
      // The other app keeps the folder (and its port): this one opens nothing.
      core.close();
      process.exit(3);
    }
  }
  const { host, notices } = await startHostFor(dir, { dispatch: core.dispatch, rendererDir: rendererDir(), port });
  core.warmUp();
  const stop = () => {
    void host.close().then(() => {
      core.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  console.log(`SocialSME 6x3 ${version} (browser host)`);
  console.log(`Data: ${dir}`);
  // The page then shows the same explanation in the browser's language.
  if (core.databaseError) console.log(`Database problem: ${core.databaseError.code} (${core.databaseError.message})`);
  for (const notice of notices) console.log(notice);
  console.log(`URL: ${host.url}`);
}

main().catch((error) => {
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(`The port given with --port is taken by another program: give another one, or leave --port out.`);
    process.exit(1);
  }
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
