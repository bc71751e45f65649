/** The nine languages of the original package, in the order the partners listed them. */
export const LANGUAGES = ['en', 'es', 'pt', 'ro', 'el', 'bg', 'pl', 'lt', 'lv'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's name in itself, for the language menu (not translated on purpose). */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  es: 'Español',
  pt: 'Português',
  ro: 'Română',
  el: 'Ελληνικά',
  bg: 'Български',
  pl: 'Polski',
  lt: 'Lietuvių',
  lv: 'Latviešu',
};

/**
 * The locale whose plural rules a language follows. Intl reads a bare "pt" as Brazilian
 * Portuguese, where 0 takes the singular ("0 contacto"); the package's Portuguese is Portugal's,
 * where 0 takes the plural ("0 contactos"). Any other code is its own locale.
 */
export function pluralLocale(language: string): string {
  return language === 'pt' ? 'pt-PT' : language;
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** First of the given BCP 47 tags whose primary language is one of ours, else English. */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}

/**
 * The package language an SME in this country (ISO 3166 code) most likely holds its workshops
 * in, when it is one of the nine: the default of a new process's workshop language.
 */
export function languageOfCountry(country: string): Language | null {
  return COUNTRY_LANGUAGES[country.toUpperCase()] ?? null;
}

const COUNTRY_LANGUAGES: Record<string, Language> = {
  ES: 'es', PT: 'pt', RO: 'ro', MD: 'ro', GR: 'el', CY: 'el', BG: 'bg', PL: 'pl', LT: 'lt', LV: 'lv', IE: 'en', GB: 'en', MT: 'en',
};
