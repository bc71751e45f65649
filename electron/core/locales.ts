import fs from 'node:fs';
import path from 'node:path';
import type { Language } from '../api/languages';
import { isLanguage, pluralLocale } from '../api/languages';
import { appRoot } from './app-root';
import type English from '../../locales/en/documents.json';
import type EnglishUi from '../../locales/en/translation.json';
import type { NaceText } from '../api/nace';

/** The documents namespace (captions of the PDFs) as English holds it: the shape every language has. */
export type DocumentStrings = typeof English;
/** The UI namespace: the core reads the names of stored codes from it, so they are translated once. */
export type UiStrings = typeof EnglishUi;

interface Namespaces {
  documents: DocumentStrings;
  translation: UiStrings;
  nace: NaceText;
}

const cache = new Map<string, unknown>();

/**
 * One namespace of locales/<lng>/, read from the files the app ships beside its bundles (the PDF
 * worker and the main process share them, and a translator's fix needs no rebuild). A typed
 * lookup rather than an i18next instance in the core: the documents use captions as whole tables
 * and name stored codes by key, so the compiler can check every use; the one plural is picked
 * with Intl.PluralRules (see `countOf`). A language the app does not know reads English.
 */
export function localeStrings<N extends keyof Namespaces>(language: string, namespace: N): Namespaces[N] {
  const lng: Language = isLanguage(language) ? language : 'en';
  const key = `${lng}/${namespace}`;
  let strings = cache.get(key) as Namespaces[N] | undefined;
  if (!strings) {
    strings = JSON.parse(fs.readFileSync(path.join(appRoot(), 'locales', lng, `${namespace}.json`), 'utf8')) as Namespaces[N];
    cache.set(key, strings);
  }
  return strings;
}

/**
 * The plural form of `base` for `count` in `language` (keys `<base>_one`, `_few`… as in i18next),
 * with `{{count}}` replaced by `shown` (the number as the document formats it).
 */
export function countOf(forms: object, base: string, count: number, language: string, shown = String(count)): string {
  const table = forms as Record<string, string | undefined>;
  const category = new Intl.PluralRules(pluralLocale(language)).select(count);
  const form = table[`${base}_${category}`] ?? table[`${base}_other`] ?? '';
  return form.replaceAll('{{count}}', shown);
}
