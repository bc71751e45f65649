import { pickLanguage } from '@api/languages';
import { api, must } from './api';
import { readInterfaceText } from './locales';

// This entry is small on purpose: it asks the host for what the first screen needs (and then
// reads that screen's language) while the browser is still loading and running the rest of the
// app's code (start.tsx), instead of after it.
async function boot() {
  // The token reached us in the URL once; the host has set its cookie, so drop it from sight.
  if (new URLSearchParams(location.search).has('token')) history.replaceState(null, '', location.pathname + location.hash);
  const [info, settings] = await Promise.all([must(api['app.info']()), must(api['settings.get']())]);
  const system = info.shell === 'browser' ? [...navigator.languages] : info.systemLanguages;
  const language = settings.uiLanguage ?? pickLanguage(system);
  return { info, settings, language, text: await readInterfaceText(language) };
}

Promise.all([boot(), import('./start')])
  .then(([ready, { start }]) => start(ready))
  .catch((error: unknown) => {
    // Before i18n exists there is nothing to translate with: show the plain reason.
    const root = document.getElementById('root')!;
    root.textContent = `SocialSME 6x3 could not start: ${error instanceof Error ? error.message : String(error)}`;
    root.setAttribute('role', 'alert');
  });
