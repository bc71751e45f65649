import fs from 'node:fs';
import path from 'node:path';
import { createAppCore } from '../core/app-core';
import { isDatabaseProblem } from '../api/result';
import { appRoot, rendererDir } from '../core/app-root';
import { databaseMessage } from '../core/database-message';
import { defaultUserDataDir, readFlag, resolveDataDir } from '../core/data-dir';
import { JsonSettingsStore } from '../core/settings/json-store';
import { startHost } from './server';

/**
 * `npm run start:browser -- [--data-dir DIR] [--port N]`: serves the app to a local browser.
 * The last line printed is `URL: http://127.0.0.1:N/?token=…`, which tests and users open.
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
  const port = portFlag === null ? 0 : Number(portFlag);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
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
  const host = await startHost({ dispatch: core.dispatch, rendererDir: rendererDir(), port });
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
  console.log(`URL: ${host.url}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
