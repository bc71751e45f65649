/**
 * Folds text for searching and sorting: lower case, no diacritics, so "siauliu" finds
 * "Šiaulių" and "Łódź" sorts with "lodz". The bundled SQLite has no ICU, so this happens in JS.
 */
const SPECIAL: Record<string, string> = {
  ł: 'l', đ: 'd', ð: 'd', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ı: 'i', ħ: 'h', ŧ: 't',
  // Greek final sigma folds to sigma so word ends match.
  ς: 'σ',
};

export function fold(text: string): string {
  const lower = text.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '');
  let out = '';
  for (const ch of lower) out += SPECIAL[ch] ?? ch;
  return out.normalize('NFC');
}
