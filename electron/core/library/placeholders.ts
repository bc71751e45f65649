/**
 * Placeholders in the text of the package: `{{rules.objectivesMin}}`, `{{glossary.traffic-light}}`,
 * `{{learningWays.list}}`. A value decided once (a rule, a definition, a list) is written into
 * every sentence that quotes it when the package loads, so the reader, the search index and the
 * PDFs show the same value and a translation cannot drift from it. An unknown name is a content
 * error, not an empty gap in a sentence.
 */
const PLACEHOLDER = /\{\{\s*([A-Za-z][\w-]*(?:\.[\w-]+)+)\s*\}\}/g;
const MAX_DEPTH = 4;

export type Values = ReadonlyMap<string, string>;

/** Replaces every placeholder in `text`; the names it cannot resolve are reported in `problems`. */
export function resolvePlaceholders(text: string, values: Values, where: string, problems: string[], depth = 0): string {
  if (!text.includes('{{')) return text;
  const out = text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values.get(name);
    if (value === undefined) {
      problems.push(`${where}: unknown placeholder ${whole}`);
      return whole;
    }
    if (depth >= MAX_DEPTH) {
      problems.push(`${where}: placeholder ${whole} refers to itself`);
      return whole;
    }
    return resolvePlaceholders(value, values, `${where} → ${name}`, problems, depth + 1);
  });
  if (depth === 0 && /\{\{|\}\}/.test(out.replace(PLACEHOLDER, ''))) problems.push(`${where}: unmatched braces of a placeholder`);
  return out;
}

/** Resolves every string inside a parsed text file (objects and arrays walked in place). */
export function resolveAll<T>(value: T, values: Values, where: string, problems: string[]): T {
  if (typeof value === 'string') return resolvePlaceholders(value, values, where, problems) as T;
  if (Array.isArray(value)) return value.map((v, i) => resolveAll(v, values, `${where}[${i}]`, problems)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveAll(v, values, `${where}.${k}`, problems)])) as T;
  }
  return value;
}

/** The names every language can use: the rules as numbers. */
export function ruleValues(rules: Readonly<Record<string, number>>): Map<string, string> {
  return new Map(Object.entries(rules).map(([k, v]) => [`rules.${k}`, String(v)]));
}
