import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../electron/api/languages';
import { ContentLibrary } from '../../electron/core/library/library';

/**
 * The gates every translation of the package passes: the same files, keys and placeholders as the
 * English master, no block left empty, no block left in English, and search that folds the
 * language's diacritics. A language is a translation once content/<lng>/ exists.
 */
const CONTENT = path.resolve('content');
const TRANSLATIONS = LANGUAGES.filter((l) => l !== 'en' && fs.existsSync(path.join(CONTENT, l)));

function files(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ya?ml|md)$/.test(f)).map((f) => f.split(path.sep).join('/')).sort();
}

/** Every string of a YAML file by its key path; a Markdown file is one string. */
function leaves(file: string): Map<string, string> {
  const text = fs.readFileSync(file, 'utf8');
  const out = new Map<string, string>();
  if (file.endsWith('.md')) return out.set('', text);
  const walk = (v: unknown, at: string) => {
    if (typeof v === 'string') out.set(at, v);
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${at}[${i}]`));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, at ? `${at}.${k}` : k);
  };
  walk(YAML.parse(text), '');
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g)].map((m) => m[1]).sort();
const headings = (s: string) => s.split('\n').filter((l) => /^#{1,6} /.test(l)).map((l) => l.match(/^#+/)![0].length);

// The commonest English function words: their share in a block of English prose is about a third;
// a translated block that still reads as English shows them at well above the threshold.
const ENGLISH = new Set('the of and to a in is that for it as with are be this on or by an not your you they their what which we our who at from can have will if when each'.split(' '));
/** Share of English function words among the words of `text` (placeholders and codes left out). */
export function englishShare(text: string, ownWords: readonly string[] = []): number {
  const words = text.replace(/\{\{[^}]*\}\}/g, ' ').toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.length ? words.filter((w) => ENGLISH.has(w) && !ownWords.includes(w)).length / words.length : 0;
}
/**
 * Words on the English list that are also the commonest function words of a translation: in
 * Portuguese "a" and "as" are articles and a preposition (about one word in twenty), so counting
 * them would fail natural Portuguese prose, not English left behind. In Romanian "a" is the
 * possessive article and the infinitive marker, "an" means year and "are" means has. In Spanish
 * "a" is the preposition of every indirect object; short names such as ISO 26000's "Desarrollo y
 * acceso a la tecnología" would otherwise have to be reworded away from their official form. In
 * Polish "a" is a conjunction ("and", "whereas") and "to" a pronoun and copula ("this", "it is").
 */
const OWN_WORDS: Partial<Record<(typeof LANGUAGES)[number], readonly string[]>> = { es: ['a'], pt: ['a', 'as'], ro: ['a', 'an', 'are'], pl: ['a', 'to'] };
const THRESHOLD = 0.12;
/** Blocks allowed to read as English: names, codes and titles of sources cited as published. */
const ENGLISH_ALLOWED = [/^references/i, /\.source$/, /\.sources/, /\.url$/, /\.title$/];

describe('the gate against English left in a translation', () => {
  it('is set from the English master: its prose is far above the threshold', () => {
    const shares = files(path.join(CONTENT, 'en')).flatMap((f) => [...leaves(path.join(CONTENT, 'en', f)).values()].filter((v) => v.split(/\s+/).length >= 12).map((v) => englishShare(v)));
    const median = shares.sort((a, b) => a - b)[Math.floor(shares.length / 2)]!;
    expect(median).toBeGreaterThan(THRESHOLD * 2);
  });
});

describe.each(TRANSLATIONS)('the translation into %s', (lng) => {
  const en = files(path.join(CONTENT, 'en'));

  it('has every file of the English master and no other', () => {
    expect(files(path.join(CONTENT, lng))).toEqual(en);
  });

  it('has every key, no empty block, the same placeholders and, in documents, the same headings', () => {
    const problems: string[] = [];
    for (const f of en) {
      const file = path.join(CONTENT, lng, f);
      if (!fs.existsSync(file)) continue;
      const master = leaves(path.join(CONTENT, 'en', f));
      const ours = leaves(file);
      for (const [key, text] of master) {
        const t = ours.get(key);
        if (t === undefined) problems.push(`${f} ${key}: missing`);
        else if (text.trim() && !t.trim()) problems.push(`${f} ${key}: empty`);
        else if (placeholders(t).join() !== placeholders(text).join()) problems.push(`${f} ${key}: placeholders ${placeholders(t)} instead of ${placeholders(text)}`);
        else if (f.endsWith('.md') && headings(t).join() !== headings(text).join()) problems.push(`${f}: headings ${headings(t)} instead of ${headings(text)}`);
      }
      for (const key of ours.keys()) if (!master.has(key)) problems.push(`${f} ${key}: not in English`);
    }
    expect(problems).toEqual([]);
  });

  it('leaves no block in English', () => {
    const english: string[] = [];
    for (const f of en) {
      const file = path.join(CONTENT, lng, f);
      if (!fs.existsSync(file)) continue;
      for (const [key, text] of leaves(file)) {
        if (text.split(/\s+/).length < 6 || ENGLISH_ALLOWED.some((re) => re.test(key))) continue;
        // Markdown: judge each paragraph, leaving out reference lists.
        const parts = f.endsWith('.md') ? text.split(/\n\s*\n/).filter((p) => p.split(/\s+/).length >= 6 && !/^\s*[-*] .*https?:/m.test(p)) : [text];
        for (const p of parts) if (englishShare(p, OWN_WORDS[lng]) > THRESHOLD) english.push(`${f} ${key}: ${p.slice(0, 80)}`);
      }
    }
    expect(english).toEqual([]);
  });

  it('is what the library shows for the language, not the English fallback', () => {
    const library = new ContentLibrary(CONTENT);
    expect(library.languages()).toContain(lng);
    expect(library.toc(lng).language).toBe(lng);
    library.close();
  });
});

/** Typed without diacritics (or with the other form of a letter), each finds the word as written. */
const FOLDED: Partial<Record<(typeof LANGUAGES)[number], [typed: string, written: string][]>> = {
  es: [['gestion', 'gestión']],
  pt: [['formacao', 'formação']],
  ro: [['strategie', 'strategie'], ['societăţii', 'societății']],
  el: [['στρατηγικη', 'στρατηγική']],
  bg: [['ОТГОВОРНОСТ', 'отговорност']],
  pl: [['zrownowazony', 'zrównoważony']],
  lt: [['atsakomybe', 'atsakomybė']],
  lv: [['strategija', 'stratēģija']],
};

describe.each(TRANSLATIONS.filter((l) => FOLDED[l]))('search in %s', (lng) => {
  it.each(FOLDED[lng]!)('"%s" finds "%s"', (typed, written) => {
    const library = new ContentLibrary(CONTENT);
    const hits = library.search(lng, typed, 50);
    library.close();
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.some((h) => JSON.stringify(h).toLowerCase().includes(written.toLowerCase()))).toBe(true);
  });
});
