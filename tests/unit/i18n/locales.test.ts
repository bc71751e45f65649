import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../electron/api/languages';
import { reportCaptions } from '../../../electron/core/pdf/captions';

type Tree = { [key: string]: string | Tree };
/**
 * The namespaces of locales/<lng>/: the UI's strings, the documents' captions (read by the core),
 * the participants' voting page (served to phones on its own) and the NACE titles (read when a
 * sector is shown or chosen).
 */
const NAMESPACES = ['translation', 'documents', 'vote', 'nace'] as const;
type Namespace = (typeof NAMESPACES)[number];
const load = (lng: string, ns: Namespace) => JSON.parse(fs.readFileSync(path.join('locales', lng, `${ns}.json`), 'utf8')) as Tree;

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(full, value);
    else for (const [k, v] of flatten(value, full)) out.set(k, v);
  }
  return out;
}

/** English's keys, its plural bases and what each language must hold, for one namespace. */
function namespace(ns: Namespace) {
  const english = flatten(load('en', ns));
  // A plural base is a key that English has with an _other form; `validation.too_many` is not one.
  const pluralBases = new Set([...english.keys()].filter((k) => k.endsWith('_other')).map((k) => k.slice(0, -'_other'.length)));
  const isPlural = (key: string) => PLURAL_SUFFIX.test(key) && pluralBases.has(key.replace(PLURAL_SUFFIX, ''));
  /** The keys a language must have: English's plain keys, and each plural base in its CLDR categories. */
  const requiredKeys = (lng: string): string[] => {
    const categories = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
    const plain = [...english.keys()].filter((k) => !isPlural(k));
    const plural = [...pluralBases].flatMap((base) => categories.map((c) => `${base}_${c}`));
    return [...plain, ...plural].sort();
  };
  return { english, requiredKeys };
}
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

// Strings reviewed as correct although spelled as in English (the product name, "min", "—", unit
// symbols such as MWh and tCO2e, formulas made only of placeholders, and
// words the Romance languages share with English). Anything else identical is an untranslated copy.
const SAME_AS_ENGLISH: Record<Namespace, Record<string, string[]>> = {
  translation: {
    all: ['app.title', 'library.min', 'voting.roundOf', 'standards.chip', 'standards.energy.mwh', 'standards.energy.tco2e', 'standards.energy.litres'],
    // "(NACE Rev. 2)" is the classification's own name where the language uses no other.
    es: ['size.micro', 'sme.sector', 'standards.energy.factor', 'sme.sectorRev2'],
    pt: ['size.micro', 'sme.sectorRev2'],
    ro: ['size.micro', 'sme.sector', 'list.views.active', 'standards.energy.factor', 'sme.sectorRev2'],
    bg: ['sme.sectorRev2'],
    pl: ['sme.sectorRev2'],
  },
  documents: {
    all: ['common.none', 'vsme.mwh', 'vsme.tco2e', 'vsme.litres', 'vsme.factorDefault', 'vsme.conversion', 'vsme.conversionKwh'],
    es: ['minutes.minutesShort', 'report.sector', 'vsme.factor', 'vsme.total'],
    pt: ['minutes.minutesShort', 'vsme.total'],
    ro: ['common.facilitator', 'minutes.absent', 'minutes.minutesShort', 'report.impact', 'report.cost', 'report.indicator', 'vsme.factor', 'vsme.total'],
    pl: ['minutes.minutesShort'],
    lv: ['minutes.minutesShort', 'report.process', 'vsme.process'],
  },
  vote: { all: [] },
  nace: { all: [] },
};
const sameAllowed = (ns: Namespace, lng: string, key: string) => SAME_AS_ENGLISH[ns].all!.includes(key) || (SAME_AS_ENGLISH[ns][lng] ?? []).includes(key);

describe.each(NAMESPACES.flatMap((ns) => LANGUAGES.map((lng) => [ns, lng] as const)))('locale %s of %s', (ns, lng) => {
  const { english, requiredKeys } = namespace(ns);
  const strings = flatten(load(lng, ns));

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
    const copies = [...strings].filter(([key, value]) => english.get(key) === value && !sameAllowed(ns, lng, key));
    expect(copies.map(([k]) => k)).toEqual([]);
  });
});

describe('plural keys', () => {
  it('a language whose CLDR rules have more categories than English gets them all', () => {
    const { requiredKeys } = namespace('translation');
    expect(requiredKeys('pl').filter((k) => k.startsWith('contacts.count'))).toEqual([
      'contacts.count_few', 'contacts.count_many', 'contacts.count_one', 'contacts.count_other',
    ]);
    expect(requiredKeys('lv').filter((k) => k.startsWith('contacts.count'))).toEqual([
      'contacts.count_one', 'contacts.count_other', 'contacts.count_zero',
    ]);
  });
});

describe('documents namespace, as the core reads it', () => {
  it('picks the plural form each language needs for a count', () => {
    expect(namespace('documents').requiredKeys('lt').filter((k) => k.startsWith('report.employees'))).toEqual([
      'report.employees_few', 'report.employees_many', 'report.employees_one', 'report.employees_other',
    ]);
    expect(reportCaptions('en').employees(1, '1')).toBe('1 employee');
    expect(reportCaptions('en').employees(23, '23')).toBe('23 employees');
    expect(reportCaptions('lt').employees(23, '23')).toBe('23 darbuotojai');
    expect(reportCaptions('lt').employees(12, '12')).toBe('12 darbuotojų');
    expect(reportCaptions('lv').employees(10, '10')).toBe('10 darbinieku');
    expect(reportCaptions('pl').employees(5, '5')).toBe('5 pracowników');
    expect(reportCaptions('ro').employees(1_200, '1.200')).toBe('1.200 de angajați');
  });

  it('names stored codes in a report as the interface names them, in every language', () => {
    for (const lng of LANGUAGES) {
      const ui = load(lng, 'translation').strategy as Tree;
      const c = reportCaptions(lng);
      expect([c.perspective, c.groupName, c.relationshipName, c.light, c.activityStatus, c.learningMethod, c.evaluationKind, c.activityKind], lng)
        .toEqual([ui.perspective, ui.group, ui.relationship, ui.light, ui.activityStatus, ui.learningHow, ui.evaluationKind, ui.activityKind]);
    }
  });

  it('reads English for a language the app does not know', () => {
    expect(reportCaptions('xx').strategyTitle).toBe(reportCaptions('en').strategyTitle);
  });
});
