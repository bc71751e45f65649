import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../electron/api/languages';

type Tree = { [key: string]: string | Tree };
const load = (lng: string) => JSON.parse(fs.readFileSync(path.join('locales', lng, 'translation.json'), 'utf8')) as Tree;

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(full, value);
    else for (const [k, v] of flatten(value, full)) out.set(k, v);
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const english = flatten(load('en'));
const pluralBases = new Set([...english.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

/** The keys a language must have: English's plain keys, and each plural base in its CLDR categories. */
function requiredKeys(lng: string): string[] {
  const categories = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
  const plain = [...english.keys()].filter((k) => !PLURAL.test(k));
  const plural = [...pluralBases].flatMap((base) => categories.map((c) => `${base}_${c}`));
  return [...plain, ...plural].sort();
}

// Words that are the same in English and in some of the other languages on purpose.
const SAME_AS_ENGLISH = new Set(['app.title', 'nav.smes', 'list.title']);

describe.each(LANGUAGES)('UI locale %s', (lng) => {
  const strings = flatten(load(lng));

  it('has exactly the keys the language needs, plural forms from Intl.PluralRules', () => {
    expect([...strings.keys()].sort()).toEqual(requiredKeys(lng));
  });

  it('keeps every placeholder of the English string', () => {
    for (const [key, value] of strings) {
      const source = english.get(key) ?? english.get(key.replace(PLURAL, '_other'))!;
      expect(placeholders(value), `${lng} ${key}`).toEqual(placeholders(source));
    }
  });

  it('has no empty strings and is a real translation, not an English copy', () => {
    for (const [key, value] of strings) expect(value.trim(), `${lng} ${key}`).not.toBe('');
    if (lng === 'en') return;
    const copies = [...strings].filter(([key, value]) => english.get(key) === value && !SAME_AS_ENGLISH.has(key) && !/^\W*$/.test(value));
    expect(copies.map(([k]) => k)).toEqual([]);
  });
});

describe('plural keys', () => {
  it('a language whose CLDR rules have more categories than English gets them all', () => {
    expect(requiredKeys('pl').filter((k) => k.startsWith('contacts.count'))).toEqual([
      'contacts.count_few', 'contacts.count_many', 'contacts.count_one', 'contacts.count_other',
    ]);
    expect(requiredKeys('lv').filter((k) => k.startsWith('contacts.count'))).toEqual([
      'contacts.count_one', 'contacts.count_other', 'contacts.count_zero',
    ]);
  });
});
