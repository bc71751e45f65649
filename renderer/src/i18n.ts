import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '@api/languages';
import { LANGUAGES } from '@api/languages';

// Every UI language is bundled: the app works offline and switches language without a reload.
const files = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/translation.json', {
  eager: true,
});

const resources = Object.fromEntries(
  LANGUAGES.filter((lng) => files[`../../locales/${lng}/translation.json`]).map((lng) => [
    lng,
    { translation: files[`../../locales/${lng}/translation.json`]!.default },
  ]),
);

export async function initI18n(language: Language): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
