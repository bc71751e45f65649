import './ui/styles/first-screen';
import './app.css';
import { MantineProvider } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { AppInfo } from '@api/contract';
import type { Language } from '@api/languages';
import type { Settings } from '@api/settings';
import { App } from './App';
import { initI18n } from './i18n';
import { theme } from './theme';

export interface Boot {
  info: AppInfo;
  settings: Settings;
  language: Language;
  /** The interface text of `language`. */
  text: Record<string, unknown>;
}

/** Renders the app once main.tsx has what the first screen needs from the host. */
export async function start({ info, settings, language, text }: Boot): Promise<void> {
  await initI18n(language, text);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <MantineProvider theme={theme}>
        <App info={info} initialSettings={settings} />
      </MantineProvider>
    </StrictMode>,
  );
}
