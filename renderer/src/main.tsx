import { pickLanguage } from '@api/languages';
import { api, must } from './api';
import { takeHostAddress } from './hostAddress';
import { readInterfaceText } from './locales';

// This entry is small on purpose: it asks the host for what the first screen needs (and then
// reads that screen's language) while the browser is still loading and running the rest of the
// app's code (start.tsx), instead of after it.
async function boot() {
  if (!window.api) takeHostAddress();
  const [info, settings] = await Promise.all([must(api['app.info']()), must(api['settings.get']())]);
  const system = info.shell === 'browser' ? [...navigator.languages] : info.systemLanguages;
  const language = settings.uiLanguage ?? pickLanguage(system);
  return { info, settings, language, text: await readInterfaceText(language) };
}

Promise.all([boot(), import('./start')])
  .then(([ready, { start }]) => start(ready))
  .catch(async (error: unknown) => {
    const root = document.getElementById('root')!;
    root.setAttribute('role', 'alert');
    // The browser host refused us: this tab was opened without the address the host printed, or
    // the host has started again since. Say how to get in, in the browser's language.
    if ((error as { appError?: { code?: string } }).appError?.code === 'unauthorized' && !window.api) {
      const language = pickLanguage([...navigator.languages]);
      const text = (await readInterfaceText(language)) as { host?: { needsAddress?: string } };
      if (text.host?.needsAddress) {
        root.textContent = text.host.needsAddress;
        return;
      }
    }
    // Before i18n exists there is nothing to translate with: show the plain reason.
    root.textContent = `SocialSME 6x3 could not start: ${error instanceof Error ? error.message : String(error)}`;
  });
