import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '@api/languages';
import { LANGUAGES } from '@api/languages';

// Each UI language is its own chunk among the app's files (never fetched from the network): the
// first screen waits only for the language it shows, and another is read when it is chosen.
const files = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/translation.json');

async function read(language: Language): Promise<Record<string, unknown>> {
  const file = files[`../../locales/${language}/translation.json`];
  if (!file) throw new Error(`No interface text for language "${language}"`);
  return (await file()).default;
}

export async function initI18n(language: Language): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: { [language]: { translation: await read(language) } },
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

/** Switches without a reload: the new language's file is read (once), then every screen re-renders. */
export async function changeLanguage(language: Language): Promise<void> {
  if (!i18next.hasResourceBundle(language, 'translation')) i18next.addResourceBundle(language, 'translation', await read(language));
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
