/**
 * Symbols the package text uses that the Google Fonts build of Noto Sans has no glyph for (it
 * covers Latin, Greek and Cyrillic, but no arrows, math operators or shapes). react-pdf would
 * print them in Helvetica, which lacks them too, so they come out as garbage; a plain-text
 * spelling prints and copies correctly. The round-trip test flags any new one.
 */
const SUBSTITUTES: Record<string, string> = {
  '→': '->',
  '←': '<-',
  '↔': '<->',
  '⇒': '=>',
  '↑': '^',
  '≥': '>=',
  '≤': '<=',
  '≠': '!=',
  '≈': '~',
  '∙': '·',
  '✓': '+',
  '✔': '+',
  '✗': 'x',
  '☐': '[ ]',
  '□': '[ ]',
  '■': '[x]',
  '●': '•',
  '○': 'o',
};

const PATTERN = new RegExp(`[${Object.keys(SUBSTITUTES).join('')}]`, 'gu');

export const printable = (text: string): string => text.replace(PATTERN, (c) => SUBSTITUTES[c] ?? c);

/** The same object with every string made printable: documents reach the renderer through this. */
export function printableDeep<T>(value: T): T {
  if (typeof value === 'string') return printable(value) as T;
  if (Array.isArray(value)) return value.map(printableDeep) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, printableDeep(v)])) as T;
  }
  return value;
}
