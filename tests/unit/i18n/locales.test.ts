import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../electron/api/languages';

type Tree = { [key: string]: string | Tree };
// translation: the facilitator's app; vote: the participants' page, served to phones on its own.
const NAMESPACES = ['translation', 'vote'] as const;
type Namespace = (typeof NAMESPACES)[number];
const load = (lng: string, ns: Namespace = 'translation') => JSON.parse(fs.readFileSync(path.join('locales', lng, `${ns}.json`), 'utf8')) as Tree;

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(full, value);
    else for (const [k, v] of flatten(value, full)) out.set(k, v);
  }
  return out;
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

function source(ns: Namespace) {
  const english = flatten(load('en', ns));
  // A plural base is a key that English has with an _other form; `validation.too_many` is not one.
  const pluralBases = new Set([...english.keys()].filter((k) => k.endsWith('_other')).map((k) => k.slice(0, -'_other'.length)));
  const isPlural = (key: string) => PLURAL_SUFFIX.test(key) && pluralBases.has(key.replace(PLURAL_SUFFIX, ''));
  /** The keys a language must have: English's plain keys, and each plural base in its CLDR categories. */
  function requiredKeys(lng: string): string[] {
    const categories = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
    const plain = [...english.keys()].filter((k) => !isPlural(k));
    const plural = [...pluralBases].flatMap((base) => categories.map((c) => `${base}_${c}`));
    return [...plain, ...plural].sort();
  }
  return { english, requiredKeys };
}

// Strings reviewed as correct although spelled as in English (the product name, "min", and
// words the Romance languages share with English). Anything else identical is an untranslated copy.
const SAME_AS_ENGLISH: Record<string, string[]> = {
  all: ['app.title', 'library.min', 'voting.roundOf'],
  es: ['size.micro', 'sme.sector'],
  pt: ['size.micro'],
  ro: ['size.micro', 'sme.sector', 'list.views.active'],
};
const sameAllowed = (lng: string, key: string) => SAME_AS_ENGLISH.all!.includes(key) || (SAME_AS_ENGLISH[lng] ?? []).includes(key);

describe.each(NAMESPACES.flatMap((ns) => LANGUAGES.map((lng) => [ns, lng] as const)))('UI strings %s in %s', (ns, lng) => {
  const strings = flatten(load(lng, ns));
  const { english, requiredKeys } = source(ns);

  it('has exactly the keys the language needs, plural forms from Intl.PluralRules', () => {
    expect([...strings.keys()].sort()).toEqual(requiredKeys(lng));
  });

  it('keeps every placeholder of the English string', () => {
    for (const [key, value] of strings) {
      const source = english.get(key) ?? english.get(key.replace(PLURAL_SUFFIX, '_other'))!;
      expect(placeholders(value), `${lng} ${key}`).toEqual(placeholders(source));
    }
  });

  it('has no empty strings and is a real translation, not an English copy', () => {
    for (const [key, value] of strings) expect(value.trim(), `${lng} ${key}`).not.toBe('');
    if (lng === 'en') return;
    const copies = [...strings].filter(([key, value]) => english.get(key) === value && !sameAllowed(lng, key));
    expect(copies.map(([k]) => k)).toEqual([]);
  });
});

describe('plural keys', () => {
  it('a language whose CLDR rules have more categories than English gets them all', () => {
    const { requiredKeys } = source('translation');
    expect(requiredKeys('pl').filter((k) => k.startsWith('contacts.count'))).toEqual([
      'contacts.count_few', 'contacts.count_many', 'contacts.count_one', 'contacts.count_other',
    ]);
    expect(requiredKeys('lv').filter((k) => k.startsWith('contacts.count'))).toEqual([
      'contacts.count_one', 'contacts.count_other', 'contacts.count_zero',
    ]);
  });
});
