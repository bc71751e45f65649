import { Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import type { AgendaRow, Block, Inline } from '../../api/library';
import { agendaClock } from '../../api/local-time';
import { Boxes, Field, range } from './form';
import type { Style } from './styles';
import { caps, cell, styles } from './styles';

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

// Markdown keeps the source's soft line breaks in the text; HTML folds them, a PDF would print them.
const fold = (text: string) => text.replace(/[ \t\r]*\n[ \t\r]*/g, ' ');

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
          <View style={[styles.tr, styles.th]} wrap={false} fixed minPresenceAhead={40}>
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


function Agenda({ rows, ctx }: { rows: AgendaRow[]; ctx: BlockContext }): ReactNode {
  const l = ctx.labels;
  const total = rows.reduce((n, r) => n + r.minutes, 0);
  const inner: BlockContext = { ...ctx, outline: false, compact: true };
  const time = (start: number, minutes: number) => (
    <View style={cell(0, { width: 58 })}>
      <Text style={{ fontWeight: 700 }}>{agendaClock(start)}</Text>
      <Text style={styles.small}>{`${minutes} ${l.minutes}`}</Text>
    </View>
  );
  // A block is two boxes drawn as one row: its head (time, title, method, the two captions) never
  // splits and pulls the start of the guidance onto its page; the guidance may cross a page break.
  const open = { borderBottomWidth: 0, paddingBottom: 0.5 };
  const columns = (left: ReactNode, right: ReactNode, style?: Style) => (
    <View style={[{ flexDirection: 'row' }, style ?? {}]}>
      <View style={[styles.flex, { paddingRight: 6 }]}>{left}</View>
      <View style={[styles.flex, styles.sep, { paddingLeft: 6 }]}>{right}</View>
    </View>
  );
  return (
    <View style={styles.table}>
      {rows.map((r) => {
        const guidance = r.facilitator.length > 0 || r.participants.length > 0;
        const shade = r.kind === 'break' ? styles.shade : {};
        return [
          <View key={r.id} style={[styles.tr, shade, guidance ? open : {}]} wrap={false} minPresenceAhead={guidance ? 30 : 0}>
            {time(r.start, r.minutes)}
            <View style={cell(1, styles.flex, guidance ? { paddingBottom: 0 } : {})}>
              <Text style={{ fontWeight: 700 }}>{r.title}</Text>
              {r.method ? <Text style={styles.help}>{`${l.method}: ${r.method}`}</Text> : null}
              {r.worksheet ? <Text style={styles.small}>{`${l.worksheet}: ${r.worksheet.title}`}</Text> : null}
              {guidance ? columns(<Text style={styles.caption}>{caps(l.facilitator)}</Text>, <Text style={styles.caption}>{caps(l.participants)}</Text>, { marginTop: 3 }) : null}
            </View>
          </View>,
          guidance ? (
            <View key={`${r.id}-guidance`} style={[styles.tr, shade, { borderTopWidth: 0, marginTop: 0 }]}>
              <View style={{ width: 58 }} />
              <View style={cell(1, styles.flex, styles.small, { paddingTop: 0 })}>
                {columns(<Blocks blocks={r.facilitator} ctx={inner} />, <Blocks blocks={r.participants} ctx={inner} />)}
              </View>
            </View>
          ) : null,
        ];
      })}
      <View style={[styles.tr, styles.th]} wrap={false}>
        {time(total, total)}
        <Text style={cell(1, styles.flex)}>{l.totalMinutes}</Text>
      </View>
    </View>
  );
}
