import i18next from 'i18next';
import { useEffect, useState } from 'react';
import type { Language } from '@api/languages';
import { LANGUAGES, pickLanguage } from '@api/languages';
import { followRegionalPlurals } from '../../plurals';

// Only the small `vote` namespace: this page is served to phones and must stay light.
const files = import.meta.glob<{ default: Record<string, unknown> }>('../../../../locales/*/vote.json', { eager: true });
const resources = Object.fromEntries(
  LANGUAGES.filter((l) => files[`../../../../locales/${l}/vote.json`]).map((l) => [l, { vote: files[`../../../../locales/${l}/vote.json`]!.default }]),
);

const KEY = 'socialsme.vote.language';

export function chosenLanguage(): Language {
  const stored = localStorage.getItem(KEY);
  return pickLanguage(stored ? [stored] : [...navigator.languages]);
}

export async function initPhoneI18n(language: Language) {
  await i18next.init({ resources, lng: language, fallbackLng: 'en', ns: ['vote'], defaultNS: 'vote', interpolation: { escapeValue: false } });
  followRegionalPlurals(i18next);
  document.documentElement.lang = language;
  return i18next;
}

export async function changePhoneLanguage(language: Language) {
  localStorage.setItem(KEY, language);
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

/** Re-renders on a language change; the page's only i18n glue (react-i18next is not worth its weight here). */
export function useT() {
  const [, setLanguage] = useState(i18next.language);
  useEffect(() => {
    const on = (l: string) => setLanguage(l);
    i18next.on('languageChanged', on);
    return () => i18next.off('languageChanged', on);
  }, []);
  return i18next.t.bind(i18next);
}
