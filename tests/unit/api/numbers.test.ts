import { describe, expect, it } from 'vitest';
import { currencyOf, formatForField, formatMoney, formatScore, readNumber, type NumberRules } from '../../../electron/api/numbers';

const LANGUAGES = ['en', 'es', 'pt', 'ro', 'el', 'bg', 'pl', 'lt', 'lv'] as const;
const COMMA_LANGUAGES = LANGUAGES.filter((l) => l !== 'en');
const NBSP = '\u00a0';

type Expected = number | null | string;
/** What each input reads as: a number, null (empty) or the code of the refusal. */
const read = (typed: string, language: string, rules?: NumberRules): Expected => {
  const r = readNumber(typed, language, rules);
  return r.ok ? r.value : r.problem.code;
};

// The same table for every language; only a lone separator before three digits depends on it.
const COMMON: [string, NumberRules, Expected][] = [
  ['120,5', {}, 120.5],
  ['120.5', {}, 120.5],
  ['1.205,5', {}, 1205.5],
  ['1,205.5', {}, 1205.5],
  ['1e5', {}, 'not_a_number'],
  ['1E5', {}, 'not_a_number'],
  ['12 kg', {}, 'not_a_number'],
  ['0x10', {}, 'not_a_number'],
  ['1,2,3', {}, 'not_a_number'],
  ['1.20.5', {}, 'not_a_number'],
  ['-5', {}, -5],
  ['-5', { min: 0 }, 'not_negative'],
  ['\u22125', { min: 0 }, 'not_negative'],
  ['-30', { integer: true, min: 1 }, 'too_small'],
  ['0', { integer: true, min: 1 }, 'too_small'],
  ['12.5', { integer: true, min: 0 }, 'not_integer'],
  ['12,5', { integer: true, min: 0 }, 'not_integer'],
  ['12', { integer: true, min: 0 }, 12],
  ['', {}, null],
  ['   ', {}, null],
  [`${NBSP}`, {}, null],
  [' 42 ', { integer: true }, 42],
  [`${NBSP}42${NBSP}`, { integer: true }, 42],
  ['1 205', { integer: true }, 1205],
  [`1${NBSP}205,5`, {}, 1205.5],
  [`1\u202f205.5`, {}, 1205.5],
  ['12 5', {}, 'not_a_number'],
  ['1 205.000,5', {}, 'not_a_number'],
  ['1.205.000', { integer: true }, 1205000],
  ['1,205,000', { integer: true }, 1205000],
  ['0,205', {}, 0.205],
  ['.5', {}, 0.5],
  ['-', {}, 'not_a_number'],
  ['601', { integer: true, min: 1, max: 600 }, 'too_big'],
];

describe('reading a typed number', () => {
  for (const language of LANGUAGES) {
    it.each(COMMON)(`${language}: "%s" %j reads as %j`, (typed, rules, expected) => {
      expect(read(typed, language, rules)).toBe(expected);
    });
  }

  it('in English a lone "." is the decimal separator and a lone "," before three digits could be either', () => {
    expect(read('1.205', 'en')).toBe(1.205);
    expect(read('1,205', 'en')).toBe('ambiguous_number');
    expect(read('1,205', 'en', { integer: true })).toBe('ambiguous_number');
  });

  it.each(COMMA_LANGUAGES)('in %s a lone "," is the decimal separator and a lone "." before three digits could be either', (language) => {
    expect(read('1,205', language)).toBe(1.205);
    expect(read('1.205', language)).toBe('ambiguous_number');
  });

  it('says what the two readings of an ambiguous number are, and gives an example in the language', () => {
    const r = readNumber('1.205', 'lt');
    expect(r).toEqual({ ok: false, problem: { code: 'ambiguous_number', params: { grouped: '1205', decimal: '1,205' } } });
    expect(readNumber('abc', 'lt')).toEqual({ ok: false, problem: { code: 'not_a_number', params: { example: '120,5' } } });
    expect(readNumber('abc', 'en')).toEqual({ ok: false, problem: { code: 'not_a_number', params: { example: '120.5' } } });
  });
});

describe('showing a number back', () => {
  it.each(LANGUAGES)('a field in %s reads back as the same value, without grouping', (language) => {
    for (const value of [0, 120.5, 1205.5, 1205000, -3.25, 0.205]) {
      const shown = formatForField(value, language);
      expect(read(shown, language)).toBe(value);
    }
    expect(formatForField(null, language)).toBe('');
  });

  it('writes the decimal separator of the language', () => {
    expect(formatForField(120.5, 'en')).toBe('120.5');
    expect(formatForField(120.5, 'lt')).toBe('120,5');
    expect(formatForField(1205.5, 'pt')).toBe('1205,5');
  });

  it('scores have one decimal everywhere', () => {
    expect([3, 1.89, 2.82].map((s) => formatScore(s, 'en'))).toEqual(['3.0', '1.9', '2.8']);
    expect(formatScore(3, 'lt')).toBe('3,0');
  });
});

describe('the currency of amounts', () => {
  it.each([
    ['PL', 'PLN'],
    ['RO', 'RON'],
    ['BG', 'EUR'], // the euro since 1 January 2026
    ['LT', 'EUR'],
    ['LV', 'EUR'],
    ['ES', 'EUR'],
    ['PT', 'EUR'],
    ['CY', 'EUR'],
    [null, 'EUR'],
  ])('an SME in %s counts in %s', (country, currency) => {
    expect(currencyOf(country)).toBe(currency);
  });

  it('is written the language’s way', () => {
    expect(formatMoney(1200, 'pl', 'PL')).toBe(`1200,00${NBSP}zł`);
    expect(formatMoney(1200, 'en', 'LT')).toBe('€1,200.00');
  });
});
