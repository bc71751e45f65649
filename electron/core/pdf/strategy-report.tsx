import { renderToBuffer, Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import { PERSPECTIVES } from '../../api/strategy';
import { layOutStrategyMap } from '../../api/strategy-map';
import type { StrategyReportInput } from './inputs';
import { loadPdfFonts } from './fonts';
import { printableDeep } from './glyphs';
import { reportCaptions } from './captions';
import { RelationshipLegend, StakeholderChart, StrategyMapChart } from './strategy-charts';
import type { Ctx } from './strategy-common';
import { Empty, firstAndLatest, formats, LightMark, MUTED, Paragraphs, report, ReportDocument, Section, span, targetText } from './strategy-common';
import { EvaluationResult } from './strategy-evaluation';
import { IndividualScores } from './strategy-spread';
import { ProgressPdf } from './strategy-progress';
import { SummaryPdf } from './strategy-summary';
import { caps, cell, styles } from './styles';


/** The width between the page margins of A4 (595 pt) with the report's 50 pt margins. */
const CONTENT_WIDTH = 495;

function context(input: StrategyReportInput): Ctx {
  return { r: printableDeep(input), c: reportCaptions(input.language), f: formats(input.language, input.sme.currency) };
}

/** The context with the strategy map laid out, for the documents that draw it. */
async function withMap(ctx: Ctx): Promise<Ctx> {
  return ctx.r.strategy.objectives.length === 0 ? ctx : { ...ctx, map: await layOutStrategyMap(ctx.r.strategy.objectives) };
}

function Profile({ ctx }: { ctx: Ctx }): ReactNode {
  const { r, c, f } = ctx;
  const size = [r.sme.employees !== null ? c.employees(r.sme.employees, f.num(r.sme.employees)) : '', r.sme.sizeClass ? c.sizeClass[r.sme.sizeClass] : ''].filter(Boolean).join(', ');
  const rows: [string, string][] = [
    [c.sme, r.sme.name], [c.country, r.sme.country], [c.sector, r.sme.sector], [c.size, size], [c.city, r.sme.city],
    [c.process, `${r.process.title} (${c.started} ${f.day(r.process.startDate)})`], [c.facilitator, r.process.facilitator], [c.organisation, r.organisation], [c.date, f.day(r.today)],
  ];
  return (
    <Section title={c.profile}>
      <View style={styles.table}>
        {rows.filter(([, value]) => value).map(([label, value]) => (
          <View key={label} style={styles.tr} wrap={false}>
            <Text style={cell(0, styles.shade, { width: 120, fontWeight: 700 })}>{label}</Text>
            <Text style={cell(1, styles.flex)}>{value}</Text>
          </View>
        ))}
      </View>
    </Section>
  );
}

function Stakeholders({ ctx }: { ctx: Ctx }): ReactNode {
  const { r, c } = ctx;
  const list = r.strategy.stakeholders;
  // Wide enough for the longest single word of a header: "Αντίκτυπος", "Въздействие", "Relationship".
  const widths = [18, 66, 76, 60, 62, 0, 66];
  const head = ['#', c.group, c.name, c.influence, c.impact, c.expectations, c.relationship];
  return (
    // The table comes first: it can start under the vision on page 1 and break between rows with
    // its header repeated, where the grid (about 330 pt, kept whole) used to move the whole
    // section to page 2 and leave half of page 1 empty. The grid follows as the picture of it.
    <Section title={c.stakeholderMap}>
      {list.length === 0 ? <Empty text={c.noStakeholders} /> : (
        <>
          <View style={styles.table}>
            <View style={[styles.tr, styles.th]} wrap={false} fixed minPresenceAhead={40}>
              {head.map((h, i) => <Text key={i} style={cell(i, styles.small, widths[i] ? { width: widths[i] } : styles.flex)}>{h}</Text>)}
            </View>
            {list.map((s, n) => (
              <View key={s.id} style={styles.tr} wrap={false}>
                {[String(n + 1), c.groupName[s.group], s.name, String(s.influence), String(s.impact), s.expectations || c.none, String(s.relationship)].map((v, i) => (
                  <Text key={i} style={cell(i, styles.small, widths[i] ? { width: widths[i] } : styles.flex)}>{v}</Text>
                ))}
              </View>
            ))}
          </View>
          <View style={[report.row, { marginTop: 12 }]} wrap={false}>
            <StakeholderChart stakeholders={list} influence={c.influence} impact={c.impact} />
            <View style={[styles.flex, { marginLeft: 12, marginTop: 24 }]}>
              <RelationshipLegend title={c.relationshipLegend} levels={c.relationshipLevel} />
              <Text style={[report.note, { marginTop: 8 }]}>{c.stakeholderHint}</Text>
            </View>
          </View>
        </>
      )}
    </Section>
  );
}

function StrategyMap({ ctx }: { ctx: Ctx }): ReactNode {
  const { r, c } = ctx;
  if (r.strategy.objectives.length === 0 || !ctx.map) return <Section title={c.strategyMap}><Empty text={c.noObjectives} /></Section>;
  return (
    // Kept whole, on the next page only when it does not fit; no forced break, which left the
    // page before it and the one after it mostly empty.
    <View wrap={false}>
      <Text style={styles.h2}>{c.strategyMap}</Text>
      <Text style={report.note}>{c.mapNote}</Text>
      <StrategyMapChart map={ctx.map} bandNames={c.perspective} width={CONTENT_WIDTH} />
    </View>
  );
}

function Objectives({ ctx }: { ctx: Ctx }): ReactNode {
  const { r, c } = ctx;
  const titles = new Map(r.strategy.objectives.map((o) => [o.id, o.title]));
  return (
    <Section title={c.objectives}>
      {r.strategy.objectives.length === 0 ? <Empty text={c.noObjectives} /> : PERSPECTIVES.map((p) => {
        const mine = r.strategy.objectives.filter((o) => o.perspective === p);
        return mine.length === 0 ? null : (
          <View key={p}>
            <Text style={styles.h3} minPresenceAhead={40}>{c.perspective[p]}</Text>
            {mine.map((o) => (
              <View key={o.id} style={styles.li} wrap={false}>
                <Text style={styles.bullet}>•</Text>
                <View style={styles.flex}>
                  <Text style={{ fontWeight: 700 }}>{o.title}</Text>
                  {o.description ? <Text>{o.description}</Text> : null}
                  {o.leadsTo.length > 0 && <Text style={{ color: MUTED }}>{`${c.leadsTo}: ${o.leadsTo.map((id) => titles.get(id) ?? '').filter(Boolean).join('; ')}`}</Text>}
                </View>
              </View>
            ))}
          </View>
        );
      })}
    </Section>
  );
}

function ActionPlan({ ctx }: { ctx: Ctx }): ReactNode {
  const { r, c, f } = ctx;
  const titles = new Map(r.strategy.objectives.map((o) => [o.id, o.title]));
  return (
    <Section title={c.actionPlan}>
      {r.strategy.activities.length === 0 ? <Empty text={c.noActivities} /> : r.strategy.activities.map((a) => {
        const meta = [
          a.objectiveId ? `${c.objective}: ${titles.get(a.objectiveId) ?? ''}` : '', a.owner ? `${c.activityLead}: ${a.owner}` : '',
          a.startDate || a.dueDate ? `${c.when}: ${span(f, a.startDate, a.dueDate)}` : '', a.cost !== null ? `${c.cost}: ${f.money(a.cost)}` : '',
        ].filter(Boolean);
        return (
          <View key={a.id} style={report.card} wrap={false}>
            <View style={report.row}>
              <Text style={[report.cardTitle, styles.flex]}>{a.title}</Text>
              <Text style={{ color: MUTED }}>{`${c.activityStatus[a.status]} · ${c.activityKind[a.kind]}`}</Text>
              {a.overdue && <Text style={[report.late, { marginLeft: 4 }]}>{`· ${c.late}`}</Text>}
            </View>
            {meta.length > 0 && <Text style={[styles.small, { color: MUTED, marginBottom: 3 }]}>{meta.join(' · ')}</Text>}
            <View style={report.row}>
              <View style={report.half}>
                <Text style={styles.caption}>{caps(c.forBusiness)}</Text>
                <Text style={styles.small}>{a.businessBenefit || c.none}</Text>
              </View>
              <View style={report.half}>
                <Text style={styles.caption}>{caps(c.forStakeholders)}</Text>
                <Text style={styles.small}>{a.stakeholderBenefit || c.none}</Text>
              </View>
            </View>
          </View>
        );
      })}
    </Section>
  );
}

function LearningPlan({ ctx }: { ctx: Ctx }): ReactNode {
  const { r, c, f } = ctx;
  const learning = r.strategy.activities.filter((a) => a.learning && a.status !== 'dropped');
  const head = [c.activity, c.learners, c.learningWhat, c.learningHow, c.when];
  const widths = [0, 76, 0, 76, 104];
  const style = (i: number) => cell(i, styles.small, widths[i] ? { width: widths[i] } : styles.flex);
  return (
    <Section title={c.learningPlan}>
      {learning.length === 0 ? <Empty text={c.noLearning} /> : (
        <View style={styles.table}>
          <View style={[styles.tr, styles.th]} wrap={false} fixed minPresenceAhead={40}>{head.map((h, i) => <Text key={i} style={style(i)}>{h}</Text>)}</View>
          {learning.map((a) => (
            <View key={a.id} style={styles.tr} wrap={false}>
              {[a.title, a.learners || c.none, a.learningWhat || c.none, a.learningHow ? c.learningMethod[a.learningHow] : c.none, span(f, a.startDate, a.dueDate) || c.none].map((v, i) => (
                <Text key={i} style={style(i)}>{v}</Text>
              ))}
            </View>
          ))}
        </View>
      )}
    </Section>
  );
}

function Indicators({ ctx }: { ctx: Ctx }): ReactNode {
  const { r, c, f } = ctx;
  const value = (v: number, unit: string, date: string | null) => `${f.num(v)}${unit ? ` ${unit}` : ''}${date ? `\n${f.day(date)}` : ''}`;
  const widths = [0, 78, 78, 78, 82];
  const style = (i: number) => cell(i, styles.small, widths[i] ? { width: widths[i] } : styles.flex);
  return (
    <Section title={c.indicators}>
      {r.strategy.indicators.length === 0 ? <Empty text={c.noIndicators} /> : (
        <View style={styles.table}>
          <View style={[styles.tr, styles.th]} wrap={false} fixed minPresenceAhead={40}>{[c.indicator, c.baseline, c.target, c.latest, c.status].map((h, i) => <Text key={i} style={style(i)}>{h}</Text>)}</View>
          {r.strategy.indicators.map((ind) => {
            const latest = ind.measurements.at(-1);
            return (
              <View key={ind.id} style={styles.tr} wrap={false}>
                <View style={style(0)}>
                  <Text style={{ fontWeight: 700 }}>{ind.name}</Text>
                  <Text style={{ color: MUTED }}>{c.direction[ind.direction]}</Text>
                </View>
                <Text style={style(1)}>{value(ind.baseline, ind.unit, ind.baselineDate)}</Text>
                <Text style={style(2)}>{`${targetText(ind, c, (v) => value(v, ind.unit, null))}${ind.targetDate ? `\n${f.day(ind.targetDate)}` : ''}`}</Text>
                <Text style={style(3)}>{latest ? value(latest.value, ind.unit, latest.measuredOn) : c.none}</Text>
                <View style={style(4)}><LightMark light={ind.status} c={c} /></View>
              </View>
            );
          })}
        </View>
      )}
    </Section>
  );
}

function Reviews({ ctx }: { ctx: Ctx }): ReactNode {
  const { r, c, f } = ctx;
  return (
    <Section title={c.reviews}>
      <Text style={styles.h3} minPresenceAhead={64}>{c.reviewRoutine}</Text>
      <Paragraphs text={r.strategy.reviewRoutine} none={c.noRoutine} />
      {r.strategy.reviews.length === 0 ? <Empty text={c.noReviews} /> : r.strategy.reviews.map((rev) => (
        <View key={rev.id} style={report.card} wrap={false}>
          <Text style={report.cardTitle}>{`${c.heldOn}: ${f.day(rev.heldOn)}`}</Text>
          {rev.findings ? <><Text style={styles.caption}>{caps(c.findings)}</Text><Text style={styles.p}>{rev.findings}</Text></> : null}
          {rev.decisions ? <><Text style={styles.caption}>{caps(c.decisions)}</Text><Text style={styles.p}>{rev.decisions}</Text></> : null}
          {rev.nextOn ? <Text style={{ color: MUTED }}>{`${c.nextReview}: ${f.day(rev.nextOn)}`}</Text> : null}
        </View>
      ))}
    </Section>
  );
}

function StrategyPdf({ ctx }: { ctx: Ctx }): ReactNode {
  const { r, c, f } = ctx;
  return (
    <ReportDocument ctx={ctx} kicker={c.strategyTitle} title={r.sme.name} meta={[r.process.title, [r.process.facilitator ? `${c.facilitator}: ${r.process.facilitator}` : '', `${c.date}: ${f.day(r.today)}`].filter(Boolean).join('   ·   ')]}>
      <Profile ctx={ctx} />
      <Section title={c.vision}><Paragraphs text={r.strategy.vision} none={c.noVision} /></Section>
      <Stakeholders ctx={ctx} />
      <StrategyMap ctx={ctx} />
      <Objectives ctx={ctx} />
      <ActionPlan ctx={ctx} />
      <LearningPlan ctx={ctx} />
      <Indicators ctx={ctx} />
      {/* The legend and radars stay together (about 210 pt): the heading goes with them, not alone at a page's foot. */}
      <Section title={c.selfEvaluation} keepWith={r.strategy.evaluations.length === 0 ? undefined : 260}>
        {r.strategy.evaluations.length === 0 ? <Empty text={c.noEvaluations} /> : <EvaluationResult ctx={ctx} shown={firstAndLatest(r.strategy.evaluations)} />}
        {r.strategy.evaluations.map((e) => <IndividualScores key={e.id} ctx={ctx} evaluation={e} />)}
      </Section>
      <Reviews ctx={ctx} />
    </ReportDocument>
  );
}

/** The SME's SR strategy in the process's language: everything the six workshops decided, and how it is going. */
export async function renderStrategyPdf(input: StrategyReportInput): Promise<Buffer> {
  await loadPdfFonts();
  return renderToBuffer(<StrategyPdf ctx={await withMap(context(input))} />);
}

/** Progress from `period.from` to `period.to` (inclusive). */
export async function renderProgressPdf(input: StrategyReportInput, period: { from: string; to: string }): Promise<Buffer> {
  await loadPdfFonts();
  return renderToBuffer(<ProgressPdf ctx={context(input)} period={period} />);
}

/** One page for the owner: where the strategy stands and what comes next. */
export async function renderSummaryPdf(input: StrategyReportInput): Promise<Buffer> {
  await loadPdfFonts();
  return renderToBuffer(<SummaryPdf ctx={context(input)} />);
}
