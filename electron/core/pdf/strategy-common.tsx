import { Document, Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import type { Activity, Evaluation, Indicator, Light } from '../../api/strategy';
import type { StrategyMapGeometry } from '../../api/strategy-map';
import type { StrategyReportInput } from './inputs';
import type { ReportCaptions } from './captions';
import { caps, styles } from './styles';

/** Pieces the three strategy reports share: sections, traffic lights, dates and numbers in the report's language. */

export const LIGHT_COLOURS: Record<Light, string> = { green: '#2e7d32', amber: '#b26a00', red: '#c62828', none: '#7b8794' };
export const INK = '#1f2933';
export const MUTED = '#52606d';
export const RULE = '#9aa5b1';
export const SHADE = '#eef1f4';
export const ACCENT = '#1f5f8b';

export const report = StyleSheet.create({
  light: { flexDirection: 'row', alignItems: 'center' },
  dot: { width: 7, height: 7, borderRadius: 3.5, marginRight: 4 },
  card: { borderWidth: 0.5, borderColor: RULE, padding: 6, marginBottom: 6 },
  cardTitle: { fontWeight: 700, marginBottom: 2 },
  row: { flexDirection: 'row' },
  half: { flex: 1, paddingRight: 6 },
  note: { fontSize: 8.5, color: MUTED, marginBottom: 6 },
  late: { color: LIGHT_COLOURS.red, fontWeight: 700 },
});

/** Formats dates and numbers the way the report's readers write them. */
export function formats(language: string, currency = 'EUR') {
  const dates = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
  const numbers = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  const signed = new Intl.NumberFormat(language, { maximumFractionDigits: 2, signDisplay: 'exceptZero' });
  // Scores have one decimal everywhere, so scores side by side compare at a glance.
  const scores = new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const scoreChanges = new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const money = new Intl.NumberFormat(language, { style: 'currency', currency });
  return {
    day: (iso: string | null | undefined) => (iso ? dates.format(new Date(`${iso}T00:00:00Z`)) : ''),
    num: (v: number | null | undefined) => (typeof v === 'number' ? numbers.format(v) : ''),
    change: (v: number) => signed.format(v),
    score: (v: number | null | undefined) => (typeof v === 'number' ? scores.format(v) : ''),
    scoreChange: (v: number) => scoreChanges.format(v),
    money: (v: number) => money.format(v),
  };
}
export type Formats = ReturnType<typeof formats>;

/** What every part of a report gets. */
export interface Ctx {
  r: StrategyReportInput;
  c: ReportCaptions;
  f: Formats;
  /** The strategy map's layout, computed before the document is drawn (layout is asynchronous, drawing is not). */
  map?: StrategyMapGeometry;
}

/** A report section; `keepWith` is how much of what follows its heading must fit on the same page. */
export function Section({ title, children, keepWith = 120 }: { title: string; children: ReactNode; keepWith?: number }): ReactNode {
  return (
    <View>
      {/* react-pdf moves an element to the next page for its look-ahead only when something comes
          before it in the same parent; this empty view is that something, so a heading is never
          left alone at the foot of a page. */}
      <View />
      <Text style={styles.h2} minPresenceAhead={keepWith}>{title}</Text>
      {children}
    </View>
  );
}

export function Empty({ text }: { text: string }): ReactNode {
  return <Text style={styles.p}>{text}</Text>;
}

export function Paragraphs({ text, none }: { text: string; none: string }): ReactNode {
  const parts = text.split(/\n{2,}/).map((p) => p.trim()).filter(Boolean);
  return parts.length ? <>{parts.map((p, i) => <Text key={i} style={styles.p}>{p}</Text>)}</> : <Empty text={none} />;
}

/** A traffic light as a coloured dot and its word, so it reads in black and white too. */
export function LightMark({ light, c, size }: { light: Light; c: ReportCaptions; size?: number }): ReactNode {
  return (
    <View style={report.light}>
      <View style={[report.dot, { backgroundColor: LIGHT_COLOURS[light] }, size ? { width: size, height: size, borderRadius: size / 2 } : {}]} />
      <Text>{c.light[light]}</Text>
    </View>
  );
}

/** "1 Mar 2027 – 30 Jun 2027", or the one date there is. */
export const span = (f: Formats, from: string | null, to: string | null) => [f.day(from), f.day(to)].filter(Boolean).join(' – ');

/** The open activities in the order they fall due, those without a due date last. */
export const openActivities = (activities: readonly Activity[]) =>
  activities.filter((a) => a.status === 'planned' || a.status === 'running').sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));

/** An indicator's target as the SME reads it: a value, or the level a kept indicator holds ("at least 4.5"). */
export function targetText(ind: Indicator, c: ReportCaptions, amount: (v: number) => string): string {
  if (ind.direction !== 'keep' || !ind.keep) return amount(ind.target);
  return c.keep[ind.keep].replaceAll('{{value}}', amount(ind.target)).replaceAll('{{low}}', amount(ind.target)).replaceAll('{{high}}', amount(ind.targetHigh ?? ind.target));
}

export const evaluationLabel = (e: Evaluation, ctx: Ctx) => `${ctx.c.evaluationKind[e.kind]} ${ctx.f.day(e.takenOn)}`;

/** The first and the latest self-evaluation, or only the one there is. */
export function firstAndLatest(evaluations: readonly Evaluation[]): Evaluation[] {
  if (evaluations.length <= 1) return [...evaluations];
  return [evaluations[0]!, evaluations.at(-1)!];
}

/** Shortens `text` to `max` characters at a word, for places with fixed room. */
export function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The frame every strategy report shares: document metadata, running footer, kicker, title and meta lines. */
export function ReportDocument({ ctx, kicker, title, meta, children }: { ctx: Ctx; kicker: string; title: string; meta: string[]; children: ReactNode }): ReactNode {
  const { r } = ctx;
  return (
    <Document title={`${kicker}: ${r.sme.name}`} language={r.language} author={r.organisation || undefined} creator="SocialSME 6x3" producer="SocialSME 6x3">
      {/* Always A4: a page that does not wrap would take the height of its content instead. */}
      <Page size="A4" style={styles.page}>
        {/* No "page n of m": react-pdf lays the whole report out a second time for it (about a
            third of the time of this report), and the viewer shows page numbers anyway. */}
        <View style={styles.footer} fixed>
          <Text style={{ flex: 1, marginRight: 12 }}>{`${clip(r.sme.name, 80)} · ${kicker}`}</Text>
          <Text>{ctx.f.day(r.today)}</Text>
        </View>
        <View style={styles.body}>
          <Text style={styles.kicker}>{caps(`${kicker} · ${r.packageTitle}`)}</Text>
          {/* A long name (up to 200 characters) gets a smaller size rather than half the page. */}
          <Text style={[styles.title, title.length > 120 ? { fontSize: 15 } : title.length > 60 ? { fontSize: 18 } : {}]}>{title}</Text>
          {meta.filter(Boolean).map((line, i) => <Text key={i} style={styles.meta}>{line}</Text>)}
          <View style={styles.titleRule} />
          {children}
        </View>
      </Page>
    </Document>
  );
}
