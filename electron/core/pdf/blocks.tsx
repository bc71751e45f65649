import type { Styles } from '@react-pdf/renderer';
import { StyleSheet, Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import type { AgendaRow, Block, FieldView, Inline } from '../../api/doc';
import { PDF_FONT } from './fonts';

/** Captions the package's labels.yaml gives for the parts the app adds around the text. */
export interface PdfLabels {
  minutes: string;
  method: string;
  facilitator: string;
  participants: string;
  worksheet: string;
  relationship: string;
  totalMinutes: string;
}

export const ENGLISH_LABELS: PdfLabels = {
  minutes: 'min', method: 'Method', facilitator: 'What you say and do',
  participants: 'What participants do and produce', worksheet: 'Worksheet',
  relationship: 'Relationship', totalMinutes: 'Total',
};

const INK = '#1f2933';
const MUTED = '#52606d';
const RULE = '#9aa5b1';
const SHADE = '#eef1f4';
const ACCENT = '#1f5f8b';
type Style = Styles[string];

export const styles = StyleSheet.create({
  page: { fontFamily: PDF_FONT, fontSize: 10, color: INK, paddingTop: 48, paddingBottom: 60, paddingHorizontal: 50 },
  // Line height lives here, not on the page: react-pdf 4.9 drops a render-prop Text (the page
  // number) that inherits one, taking its fixed footer with it. The font size must sit next to
  // it, or the factor is applied to the 18 pt default size on pages after the first.
  body: { fontSize: 10, lineHeight: 1.4 },
  footer: { position: 'absolute', bottom: 28, left: 50, right: 50, flexDirection: 'row', justifyContent: 'space-between', fontSize: 8, color: MUTED, borderTopWidth: 0.5, borderTopColor: RULE, paddingTop: 4 },
  kicker: { fontSize: 10, color: ACCENT, fontWeight: 700, textTransform: 'uppercase', letterSpacing: 0.6 },
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
  caption: { fontSize: 7.5, fontWeight: 700, color: MUTED, textTransform: 'uppercase', marginBottom: 1 },
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

// Markdown keeps the source's soft line breaks in the text; HTML folds them, a PDF would print them.
const fold = (text: string) => text.replace(/[ \t]*\n[ \t]*/g, ' ');

export function Inlines({ inlines, style }: { inlines: Inline[]; style?: Style | Style[] }): ReactNode {
  return (
    <Text style={style}>
      {inlines.map((x, i) => (
        <Text key={i} style={{ fontWeight: x.bold ? 700 : 400, fontStyle: x.italic ? 'italic' : 'normal' }}>{fold(x.text)}</Text>
      ))}
    </Text>
  );
}

type Heading = Extract<Block, { type: 'heading' }>;
interface Section { heading: Heading; children: (Block | Section)[] }

/** Nests the flat block list under its headings: react-pdf builds the outline from View nesting. */
function sections(blocks: Block[]): (Block | Section)[] {
  const root: (Block | Section)[] = [];
  const stack: Section[] = [];
  for (const b of blocks) {
    if (b.type === 'heading') {
      while (stack.length && stack[stack.length - 1]!.heading.level >= b.level) stack.pop();
      const section: Section = { heading: b, children: [] };
      (stack[stack.length - 1]?.children ?? root).push(section);
      stack.push(section);
    } else (stack[stack.length - 1]?.children ?? root).push(b);
  }
  return root;
}

/**
 * react-pdf nests outline entries by element nesting and honours `bookmark` on any element, but
 * its typings only declare it on Page; the section View carries it so sub-sections nest.
 */
const outline = (title: string, expanded: boolean) => ({ bookmark: { title, fit: true, expanded } }) as object;

export interface BlockContext { labels: PdfLabels; scale?: number[]; outline: boolean; compact?: boolean }

export function Blocks({ blocks, ctx }: { blocks: Block[]; ctx: BlockContext }): ReactNode {
  return sections(blocks).map((b, i) => <Node key={i} node={b} ctx={ctx} />);
}

function Node({ node, ctx }: { node: Block | Section; ctx: BlockContext }): ReactNode {
  if (!('heading' in node)) return <BlockView block={node} ctx={ctx} />;
  const h = node.heading;
  const style = ctx.compact ? styles.label : h.level === 2 ? styles.h2 : h.level === 3 ? styles.h3 : styles.h4;
  return (
    <View {...(ctx.outline ? outline(h.text, h.level === 2) : {})}>
      {/* keeps a heading off the bottom of a page, away from its first lines */}
      <Text id={h.anchor} style={style} minPresenceAhead={40}>{h.text}</Text>
      {node.children.map((c, i) => <Node key={i} node={c} ctx={ctx} />)}
    </View>
  );
}

/** A table cell's style: the first cell leans on the row's own border, the others draw a rule. */
const cell = (i: number, ...rest: Style[]): Style[] => [styles.td, ...(i > 0 ? [styles.sep] : []), ...rest];

function BlockView({ block: b, ctx }: { block: Block; ctx: BlockContext }): ReactNode {
  switch (b.type) {
    case 'heading':
      return null; // nested by sections()
    case 'paragraph':
      return <Inlines inlines={b.inlines} style={styles.p} />;
    case 'list':
      return (
        <View style={styles.p}>
          {b.items.map((item, i) => (
            <View key={i} style={styles.li} wrap={false}>
              <Text style={styles.bullet}>{b.ordered ? `${i + 1}.` : '•'}</Text>
              <Inlines inlines={item} style={styles.flex} />
            </View>
          ))}
        </View>
      );
    case 'table':
      return (
        <View style={styles.table}>
          <View style={[styles.tr, styles.th]} wrap={false} minPresenceAhead={40}>
            {b.header.map((c, i) => <Inlines key={i} inlines={c} style={cell(i, styles.flex)} />)}
          </View>
          {b.rows.map((row, r) => (
            <View key={r} style={styles.tr} wrap={false}>
              {row.map((c, i) => <Inlines key={i} inlines={c} style={cell(i, styles.flex)} />)}
            </View>
          ))}
        </View>
      );
    case 'agenda':
      return <Agenda rows={b.rows} ctx={ctx} />;
    case 'worksheet':
      return (
        <View style={{ marginBottom: 10 }}>
          <Blocks blocks={b.worksheet.instructions} ctx={{ ...ctx, outline: false }} />
          {b.worksheet.fields.map((f) => <Field key={f.id} field={f} />)}
        </View>
      );
    case 'scale':
      return (
        <View style={styles.table}>
          {b.points.map((p) => (
            <View key={p.value} style={styles.tr} wrap={false}>
              <Text style={cell(0, styles.th, { width: 28, textAlign: 'center' })}>{p.value}</Text>
              <Text style={cell(1, { width: 110, fontWeight: 700 })}>{p.label}</Text>
              <Text style={cell(2, styles.flex)}>{p.description}</Text>
            </View>
          ))}
        </View>
      );
    case 'statements':
      return (
        <View style={styles.table}>
          {b.items.map((s) => (
            <View key={s.id} style={styles.tr} wrap={false}>
              <View style={cell(0, styles.flex)}>
                <Text>{s.text}</Text>
                {s.relationship ? <Text style={styles.help}>{`${ctx.labels.relationship}: ${s.relationship}`}</Text> : null}
              </View>
              <View style={cell(1, { width: 146, paddingRight: 0 })}>
                <Boxes values={ctx.scale ?? range(1, 5)} compact />
              </View>
            </View>
          ))}
        </View>
      );
    case 'terms':
      return b.items.map((t) => (
        <View key={t.id} style={styles.p} wrap={false}>
          <Text style={styles.label}>{t.term}</Text>
          <Text>{t.definition}</Text>
        </View>
      ));
  }
}

export const clock = (minutes: number) => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;

function Agenda({ rows, ctx }: { rows: AgendaRow[]; ctx: BlockContext }): ReactNode {
  const l = ctx.labels;
  const total = rows.reduce((n, r) => n + r.minutes, 0);
  const inner: BlockContext = { ...ctx, outline: false, compact: true };
  const time = (start: number, minutes: number) => (
    <View style={cell(0, { width: 58 })}>
      <Text style={{ fontWeight: 700 }}>{clock(start)}</Text>
      <Text style={styles.small}>{`${minutes} ${l.minutes}`}</Text>
    </View>
  );
  return (
    <View style={styles.table}>
      {rows.map((r) => (
        // Long blocks may break across pages; a break row is one line and stays whole.
        <View key={r.id} style={[styles.tr, r.kind === 'break' ? styles.shade : {}]} wrap={r.kind !== 'break'} minPresenceAhead={60}>
          {time(r.start, r.minutes)}
          <View style={cell(1, styles.flex)}>
            <Text style={{ fontWeight: 700 }}>{r.title}</Text>
            {r.method ? <Text style={styles.help}>{`${l.method}: ${r.method}`}</Text> : null}
            {r.worksheet ? <Text style={styles.small}>{`${l.worksheet}: ${r.worksheet.title}`}</Text> : null}
            {r.facilitator.length || r.participants.length ? (
              <View style={{ flexDirection: 'row', marginTop: 3 }}>
                <View style={[styles.flex, styles.small, { paddingRight: 6 }]}>
                  <Text style={styles.caption}>{l.facilitator}</Text>
                  <Blocks blocks={r.facilitator} ctx={inner} />
                </View>
                <View style={[styles.flex, styles.small, styles.sep, { paddingLeft: 6 }]}>
                  <Text style={styles.caption}>{l.participants}</Text>
                  <Blocks blocks={r.participants} ctx={inner} />
                </View>
              </View>
            ) : null}
          </View>
        </View>
      ))}
      <View style={[styles.tr, styles.th]} wrap={false}>
        {time(total, total)}
        <Text style={cell(1, styles.flex)}>{l.totalMinutes}</Text>
      </View>
    </View>
  );
}

function Boxes({ values, labels, compact }: { values: (number | string)[]; labels?: string[]; compact?: boolean }): ReactNode {
  return (
    <View style={styles.boxes}>
      {values.map((v, i) => (
        <View key={i} style={[styles.option, compact ? { marginRight: 8 } : {}]}>
          <View style={styles.box} />
          <Text style={styles.small}>{labels?.[i] ?? String(v)}</Text>
        </View>
      ))}
    </View>
  );
}

const range = (min = 1, max = 5) => Array.from({ length: max - min + 1 }, (_, i) => min + i);

/** A blank field to write in by hand: what the app's form asks, laid out for a pen. */
export function Field({ field: f }: { field: FieldView }): ReactNode {
  let body: ReactNode;
  switch (f.type) {
    case 'longtext':
      body = range(1, 5).map((i) => <View key={i} style={styles.line} />);
      break;
    case 'rating':
      body = <Boxes values={range(f.min, f.max)} />;
      break;
    case 'choice':
      body = <Boxes values={(f.options ?? []).map((o) => o.id)} labels={(f.options ?? []).map((o) => o.label)} />;
      break;
    case 'table':
      body = <Grid field={f} />;
      break;
    default:
      body = <View style={[styles.line, f.type === 'text' ? {} : { width: 160 }]} />;
  }
  return (
    <View style={styles.field} wrap={f.type === 'table'}>
      <Text style={styles.label} minPresenceAhead={60}>{f.label}</Text>
      {f.help ? <Text style={styles.help}>{f.help}</Text> : null}
      {body}
    </View>
  );
}

/** Width share of a column: free text needs room, a rating or a date much less. */
const weight = (c: FieldView) => (c.type === 'text' || c.type === 'longtext' ? 2.2 : c.type === 'choice' ? 1.4 : c.type === 'rating' ? 1.2 : 1);

/** "Label: a · b · c", without doubling the punctuation of a label that is a question. */
const legend = (label: string, options: string[]) => `${/[?:!.]$/.test(label) ? label : `${label}:`} ${options.join(' · ')}`;

function Grid({ field }: { field: FieldView }): ReactNode {
  const columns = field.columns ?? [];
  // A rating column shows its scale in every row, to circle; choice columns get a legend below.
  const hint = (c: FieldView) => (c.type === 'rating' ? range(c.min, c.max).join('  ') : '');
  const choices = columns.filter((c) => c.type === 'choice' && c.options?.length);
  return (
    <View>
      <View style={[styles.table, { marginBottom: 2 }]}>
        <View style={[styles.tr, styles.th]} wrap={false} minPresenceAhead={44}>
          {columns.map((c, i) => (
            <Text key={c.id} style={cell(i, styles.small, { flex: weight(c), fontWeight: 700, paddingHorizontal: 3 })}>{c.label}</Text>
          ))}
        </View>
        {range(1, field.minRows ?? 6).map((r) => (
          <View key={r} style={styles.tr} wrap={false}>
            {columns.map((c, i) => (
              <View key={c.id} style={[styles.cell, ...(i > 0 ? [styles.sep] : []), { flex: weight(c) }]}>
                {hint(c) ? <Text style={styles.hint}>{hint(c)}</Text> : null}
              </View>
            ))}
          </View>
        ))}
      </View>
      {choices.map((c) => (
        <Text key={c.id} style={styles.help}>{legend(c.label, c.options!.map((o) => o.label))}</Text>
      ))}
    </View>
  );
}
