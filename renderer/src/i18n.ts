import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '@api/languages';
import { LANGUAGES } from '@api/languages';
import { readInterfaceText } from './locales';
import { followRegionalPlurals } from './plurals';

/** Starts i18next with the one language the first screen shows (read by boot.ts). */
export async function initI18n(language: Language, text: Record<string, unknown>): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: { [language]: { translation: text } },
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  followRegionalPlurals(i18next);
  document.documentElement.lang = language;
  return i18next;
}

/** Switches without a reload: the new language's file is read (once), then every screen re-renders. */
export async function changeLanguage(language: Language): Promise<void> {
  if (!i18next.hasResourceBundle(language, 'translation')) i18next.addResourceBundle(language, 'translation', await readInterfaceText(language));
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
