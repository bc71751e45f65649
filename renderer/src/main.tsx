import '@mantine/core/styles.css';
import './app.css';
import { MantineProvider } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { pickLanguage } from '@api/languages';
import { api, must } from './api';
import { App } from './App';
import { takeHostAddress } from './hostAddress';
import { initI18n } from './i18n';
import { theme } from './theme';

async function start(): Promise<void> {
  if (!window.api) takeHostAddress();
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

start().catch(async (error: unknown) => {
  const root = document.getElementById('root')!;
  root.setAttribute('role', 'alert');
  // The browser host refused us: this tab was opened without the address the host printed, or
  // the host has started again since. Say how to get in, in the browser's language.
  if ((error as { appError?: { code?: string } }).appError?.code === 'unauthorized' && !window.api) {
    const i18n = await initI18n(pickLanguage([...navigator.languages]));
    root.textContent = i18n.t('host.needsAddress');
    return;
  }
  // Before i18n exists there is nothing to translate with: show the plain reason.
  root.textContent = `SocialSME 6x3 could not start: ${error instanceof Error ? error.message : String(error)}`;
});
