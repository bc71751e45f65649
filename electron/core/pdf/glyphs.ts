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

/** What an emoji prints as: the Unicode sign for "a character that cannot be shown", which Noto Sans has. */
export const EMOJI_PLACEHOLDER = '\uFFFD';

/**
 * An emoji with everything that makes it one sequence (skin tone, variation selector, joined
 * emoji, flag pairs, keycaps), so "👩🏽‍🍳" becomes one placeholder, not four. ©, ® and ™ are
 * pictographs too but Noto Sans has them.
 */
const EMOJI = /[0-9#*]\uFE0F?\u20E3|\p{Regional_Indicator}{1,2}|(?![©®™‼⁉])\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})*(?:\u200D\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})*)*[\u{E0020}-\u{E007F}]*|\uFE0E|\uFE0F|\u200D|\p{Emoji_Modifier}/gu;

/**
 * Text as the PDF can print it: symbols spelt in plain text, and each emoji (Noto Sans has none;
 * react-pdf would draw stray glyphs over the next word) one visible placeholder.
 */
export const printable = (text: string): string => text.replace(PATTERN, (c) => SUBSTITUTES[c] ?? c).replace(EMOJI, EMOJI_PLACEHOLDER);

/** The same object with every string made printable: documents reach the renderer through this. */
export function printableDeep<T>(value: T): T {
  if (typeof value === 'string') return printable(value) as T;
  if (Array.isArray(value)) return value.map(printableDeep) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, printableDeep(v)])) as T;
  }
  return value;
}
