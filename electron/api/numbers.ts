/**
 * The one way a typed number is read and shown back, for every number field of the app.
 *
 * Facilitators type numbers the way their language writes them, and often the other common way
 * too (a Lithuanian facilitator types `120.5` as readily as `120,5`). What can be read only one
 * way is accepted; what could mean two numbers (`1,205` in English: 1205 or 1.205?) or is not a
 * plain number (`1e5`, `12 kg`) is refused with a reason, so nothing typed is ever changed
 * without the facilitator seeing it.
 */

export interface NumberRules {
  /** Whole numbers only (employees, minutes): a fraction is refused, never rounded. */
  integer?: boolean;
  /** The smallest value allowed (0 for counts and amounts, 1 for minutes). */
  min?: number;
  max?: number;
}

/** Why a typed number was refused; the UI translates `validation.<code>` with `params`. */
export type NumberProblem =
  | { code: 'not_a_number'; params: { example: string } }
  | { code: 'ambiguous_number'; params: { grouped: string; decimal: string } }
  | { code: 'not_integer' }
  | { code: 'not_negative' }
  | { code: 'too_small'; params: { limit: string } }
  | { code: 'too_big'; params: { limit: string } };

export type ReadNumber = { ok: true; value: number | null } | { ok: false; problem: NumberProblem };

const SPACES = /[\s\u00a0\u202f\u2009]/;
const MINUS = /^[-\u2212]/;

/** The decimal separator of a language as Intl writes it (',' or '.'). */
export function decimalSeparatorOf(language: string): ',' | '.' {
  const part = new Intl.NumberFormat(language).formatToParts(1.5).find((p) => p.type === 'decimal');
  return part?.value === ',' ? ',' : '.';
}

/** A number in a field: the language's decimal separator, no grouping, so it reads back the same. */
export function formatForField(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return new Intl.NumberFormat(language, { useGrouping: false, maximumFractionDigits: 10 }).format(value).replace('\u2212', '-');
}

/** A number to read (grouped, in the language's way). */
export function formatNumber(value: number, language: string, fractionDigits?: number): string {
  const digits = fractionDigits === undefined ? { maximumFractionDigits: 2 } : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits };
  return new Intl.NumberFormat(language, digits).format(value);
}

/** A score, everywhere with one decimal ("3.0", "1.9"), so scores side by side compare at a glance. */
export const formatScore = (value: number, language: string) => formatNumber(value, language, 1);

/** Digit groups after the first are three digits long; the first has one to three. */
const validGroups = (groups: readonly string[]) =>
  groups.length > 0 && /^\d{1,3}$/.test(groups[0]!) && groups.slice(1).every((g) => /^\d{3}$/.test(g));

/**
 * The digits of `body` (no sign) as "intpart.frac", or a problem. `decimal` is the language's
 * separator; the other of ',' and '.' is accepted as a decimal separator where unambiguous.
 */
function readDigits(body: string, decimal: ',' | '.', language: string, notANumber: NumberProblem): string | NumberProblem {
  if (!/^[\d.,\s\u00a0\u202f\u2009]+$/.test(body) || !/\d/.test(body)) return notANumber;
  const dots = body.split('.').length - 1;
  const commas = body.split(',').length - 1;
  let decimalChar: string | null = null;
  if (dots > 0 && commas > 0) {
    // Both: the last one is the decimal separator and may occur once; the other groups digits.
    decimalChar = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
    if ((decimalChar === '.' ? dots : commas) > 1) return notANumber;
  } else if (dots + commas === 1) {
    const only = dots === 1 ? '.' : ',';
    const [before, after] = body.split(only) as [string, string];
    // The other separator before exactly three digits may be grouping ("1,205") or a decimal.
    if (only !== decimal && /^\d{3}$/.test(after) && /^[1-9]\d{0,2}$/.test(before)) {
      const digits = before + after;
      return {
        code: 'ambiguous_number',
        params: { grouped: formatForField(Number(digits), language), decimal: formatForField(Number(`${before}.${after}`), language) },
      };
    }
    decimalChar = only;
  }
  // Otherwise a separator seen more than once can only group digits ("1.205.000").
  const [whole, fraction = ''] = decimalChar ? (body.split(decimalChar) as [string, string?]) : [body];
  if (fraction !== '' && !/^\d+$/.test(fraction)) return notANumber;
  const groupChars = new Set([...whole].filter((c) => !/\d/.test(c)).map((c) => (SPACES.test(c) ? ' ' : c)));
  if (groupChars.size > 1) return notANumber;
  if (groupChars.size === 1 && !validGroups(whole.split(/[.,\s\u00a0\u202f\u2009]/))) return notANumber;
  const digits = whole.replace(/\D/g, '') || (fraction === '' ? '' : '0');
  if (digits === '') return notANumber;
  return fraction === '' ? digits : `${digits}.${fraction}`;
}

/** Reads what was typed in a number field in `language`; empty is `null` (the form decides if that is allowed). */
export function readNumber(typed: string, language: string, rules: NumberRules = {}): ReadNumber {
  const text = typed.replace(/^[\s\u00a0\u202f\u2009]+|[\s\u00a0\u202f\u2009]+$/g, '');
  if (text === '') return { ok: true, value: null };
  // The example in the message is one the field would take.
  const notANumber: NumberProblem = { code: 'not_a_number', params: { example: formatForField(rules.integer ? 120 : 120.5, language) } };
  const negative = MINUS.test(text);
  const digits = readDigits(negative ? text.slice(1).trimStart() : text, decimalSeparatorOf(language), language, notANumber);
  if (typeof digits !== 'string') return { ok: false, problem: digits };
  const value = (negative ? -1 : 1) * Number(digits);
  if (!Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER) return { ok: false, problem: notANumber };
  if (rules.integer && !Number.isInteger(value)) return { ok: false, problem: { code: 'not_integer' } };
  if (value < 0 && rules.min === 0) return { ok: false, problem: { code: 'not_negative' } };
  if (rules.min !== undefined && value < rules.min) return { ok: false, problem: { code: 'too_small', params: { limit: formatNumber(rules.min, language) } } };
  if (rules.max !== undefined && value > rules.max) return { ok: false, problem: { code: 'too_big', params: { limit: formatNumber(rules.max, language) } } };
  return { ok: true, value: value === 0 ? 0 : value };
}

/** The rules of the app's number fields, in one place. */
export const NUMBER_FIELDS = {
  employees: { integer: true, min: 0, max: 1_000_000 },
  founded: { integer: true, min: 0 },
  minutes: { integer: true, min: 1, max: 600 },
  actualMinutes: { integer: true, min: 0, max: 600 },
  duration: { integer: true, min: 1, max: 600 },
  cost: { min: 0, max: 1e9 },
  /** Turnover and balance sheet total of the SME, for the VSME. */
  figures: { min: 0, max: 1e12 },
  measure: {},
  dots: { integer: true, min: 1, max: 10 },
} as const satisfies Record<string, NumberRules>;

/**
 * Currencies of the countries this app meets most, by ISO country code. Bulgaria pays in euros
 * since 1 January 2026; the euro area is the fallback, as for the partner countries in it.
 */
const CURRENCIES: Record<string, string> = {
  PL: 'PLN', RO: 'RON', CZ: 'CZK', HU: 'HUF', SE: 'SEK', DK: 'DKK', GB: 'GBP', CH: 'CHF', NO: 'NOK',
  IS: 'ISK', RS: 'RSD', MK: 'MKD', AL: 'ALL', BA: 'BAM', MD: 'MDL', UA: 'UAH', TR: 'TRY', GE: 'GEL',
  AM: 'AMD', BY: 'BYN', RU: 'RUB', US: 'USD', CA: 'CAD', AU: 'AUD', JP: 'JPY', CN: 'CNY', IN: 'INR',
};

/** The currency amounts of an SME are in: its country's. */
export const currencyOf = (country: string | null | undefined): string => (country && CURRENCIES[country]) || 'EUR';

/** An amount in the SME's currency, written the language's way ("1 200,00 zł", "€1,200.00"). */
export const formatMoney = (value: number, language: string, country: string | null | undefined) =>
  new Intl.NumberFormat(language, { style: 'currency', currency: currencyOf(country) }).format(value);

/** The currency's sign as the language writes it ("€", "zł", "RON"), for a field's label. */
export function currencySign(language: string, country: string | null | undefined): string {
  const part = new Intl.NumberFormat(language, { style: 'currency', currency: currencyOf(country) }).formatToParts(1).find((p) => p.type === 'currency');
  return part?.value ?? currencyOf(country);
}
