import type { Styles } from '@react-pdf/renderer';
import { StyleSheet } from '@react-pdf/renderer';
import { PDF_FONT } from './fonts';

const INK = '#1f2933';
const MUTED = '#52606d';
const RULE = '#9aa5b1';
const SHADE = '#eef1f4';
const ACCENT = '#1f5f8b';
export type Style = Styles[string];

export const styles = StyleSheet.create({
  page: { fontFamily: PDF_FONT, fontSize: 10, color: INK, paddingTop: 48, paddingBottom: 60, paddingHorizontal: 50 },
  // Line height lives here, not on the page: react-pdf 4.9 drops a render-prop Text (the page
  // number) that inherits one, taking its fixed footer with it. The font size must sit next to
  // it, or the factor is applied to the 18 pt default size on pages after the first.
  body: { fontSize: 10, lineHeight: 1.4 },
  footer: { position: 'absolute', bottom: 28, left: 50, right: 50, flexDirection: 'row', justifyContent: 'space-between', fontSize: 8, color: MUTED, borderTopWidth: 0.5, borderTopColor: RULE, paddingTop: 4 },
  kicker: { fontSize: 10, color: ACCENT, fontWeight: 700, letterSpacing: 0.6 },
  title: { fontSize: 22, fontWeight: 700, lineHeight: 1.2, marginTop: 4, marginBottom: 6 },
  meta: { fontSize: 9, color: MUTED },
  titleRule: { borderBottomWidth: 1.5, borderBottomColor: ACCENT, marginTop: 8, marginBottom: 14 },
  h2: { fontSize: 15, fontWeight: 700, color: ACCENT, marginTop: 14, marginBottom: 6, lineHeight: 1.25 },
  h3: { fontSize: 12.5, fontWeight: 700, marginTop: 10, marginBottom: 4, lineHeight: 1.25 },
  h4: { fontSize: 10.5, fontWeight: 700, marginTop: 8, marginBottom: 3 },
  p: { marginBottom: 6 },
  li: { flexDirection: 'row', marginBottom: 2 },
  bullet: { width: 16 },
  flex: { flex: 1 },
  table: { marginBottom: 8 },
  // Every row is a closed box overlapping the previous one by a hairline, so a table that breaks
  // across pages stays closed at the bottom of one page and the top of the next.
  tr: { flexDirection: 'row', borderWidth: 0.5, borderColor: RULE, marginTop: -0.5 },
  th: { backgroundColor: SHADE, fontWeight: 700 },
  td: { padding: 4 },
  sep: { borderLeftWidth: 0.5, borderLeftColor: RULE },
  small: { fontSize: 8.5, lineHeight: 1.35 },
  caption: { fontSize: 7.5, fontWeight: 700, color: MUTED, marginBottom: 1 },
  shade: { backgroundColor: SHADE },
  field: { marginBottom: 12 },
  label: { fontWeight: 700, marginBottom: 1 },
  help: { fontSize: 8.5, fontStyle: 'italic', color: MUTED, marginBottom: 2 },
  line: { height: 22, borderBottomWidth: 0.7, borderBottomColor: RULE },
  boxes: { flexDirection: 'row', flexWrap: 'wrap', marginTop: 4 },
  option: { flexDirection: 'row', alignItems: 'center', marginRight: 12, marginBottom: 4 },
  box: { width: 11, height: 11, borderWidth: 0.8, borderColor: INK, marginRight: 4 },
  cell: { minHeight: 22, paddingHorizontal: 3, justifyContent: 'center' },
  hint: { fontSize: 7, color: RULE, textAlign: 'center' },
});


/** A table cell's style: the first cell leans on the row's own border, the others draw a rule. */
export const cell = (i: number, ...rest: Style[]): Style[] => [styles.td, ...(i > 0 ? [styles.sep] : []), ...rest];

/**
 * Capitals for kickers and captions. Not react-pdf's textTransform: it upper-cases letter by
 * letter and keeps Greek accents ("ΣΤΡΑΤΗΓΙΚΉ"), which Greek capitals drop ("ΣΤΡΑΤΗΓΙΚΗ").
 */
export function caps(text: string): string {
  return text.toUpperCase().normalize('NFD').replace(/([\u0370-\u03ff])\u0301/g, '$1').normalize('NFC');
}
