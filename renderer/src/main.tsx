import './ui/styles/first-screen';
import './app.css';
import { MantineProvider } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { pickLanguage } from '@api/languages';
import { api, must } from './api';
import { App } from './App';
import { initI18n } from './i18n';
import { theme } from './theme';

async function start(): Promise<void> {
  // The token reached us in the URL once; the host has set its cookie, so drop it from sight.
  if (new URLSearchParams(location.search).has('token')) history.replaceState(null, '', location.pathname + location.hash);
  const [info, settings] = await Promise.all([must(api['app.info']()), must(api['settings.get']())]);
  const system = info.shell === 'browser' ? [...navigator.languages] : info.systemLanguages;
  await initI18n(settings.uiLanguage ?? pickLanguage(system));
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <MantineProvider theme={theme}>
        <App info={info} initialSettings={settings} />
      </MantineProvider>
    </StrictMode>,
  );
}

start().catch((error: unknown) => {
  // Before i18n exists there is nothing to translate with: show the plain reason.
  const root = document.getElementById('root')!;
  root.textContent = `SocialSME 6x3 could not start: ${error instanceof Error ? error.message : String(error)}`;
  root.setAttribute('role', 'alert');
});
