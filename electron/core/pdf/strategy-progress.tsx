import { Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import type { Activity } from '../../api/strategy';
import { TrendChart } from './strategy-charts';
import type { Ctx } from './strategy-common';
import { Empty, firstAndLatest, LightMark, MUTED, report, ReportDocument, Section, span, targetText } from './strategy-common';
import { EvaluationResult } from './strategy-evaluation';
import { styles } from './styles';

interface Period {
  from: string;
  to: string;
}

const within = (date: string | null, p: Period) => date !== null && date >= p.from && date <= p.to;

function Trends({ ctx, period }: { ctx: Ctx; period: Period }): ReactNode {
  const { r, c, f } = ctx;
  const objectives = new Map(r.strategy.objectives.map((o) => [o.id, o.title]));
  return (
    <Section title={c.trends}>
      {r.strategy.indicators.length === 0 ? <Empty text={c.noIndicators} /> : r.strategy.indicators.map((ind) => {
        const measured = ind.measurements.filter((m) => within(m.measuredOn, period));
        const amount = (v: number) => `${f.num(v)}${ind.unit ? ` ${ind.unit}` : ''}`;
        const dated = (v: number, date: string | null) => `${amount(v)}${date ? ` (${f.day(date)})` : ''}`;
        return (
          <View key={ind.id} style={[report.row, { marginBottom: 10 }]} wrap={false}>
            <TrendChart indicator={ind} measurements={measured} labels={{ baseline: c.baseline, target: c.target }} />
            <View style={[styles.flex, { marginLeft: 10 }]}>
              <Text style={{ fontWeight: 700 }}>{ind.name}</Text>
              <Text style={[styles.small, { color: MUTED }]}>{`${c.objective}: ${objectives.get(ind.objectiveId) ?? c.none} · ${c.direction[ind.direction]}`}</Text>
              <Text style={styles.small}>{`${c.baseline}: ${dated(ind.baseline, ind.baselineDate)} · ${c.target}: ${targetText(ind, c, amount)}${ind.targetDate ? ` (${f.day(ind.targetDate)})` : ''}`}</Text>
              <Text style={styles.small}>{measured.length ? measured.map((m) => `${f.day(m.measuredOn)}: ${amount(m.value)}`).join(' · ') : c.noMeasurements}</Text>
              <LightMark light={ind.status} c={c} />
            </View>
          </View>
        );
      })}
    </Section>
  );
}

function ActivityList({ ctx, list, none }: { ctx: Ctx; list: Activity[]; none: string }): ReactNode {
  const { c, f } = ctx;
  if (list.length === 0) return <Empty text={none} />;
  return list.map((a) => (
    <View key={a.id} style={styles.li} wrap={false}>
      <Text style={styles.bullet}>•</Text>
      <Text style={styles.flex}>{[a.title, a.owner ? `${c.activityLead}: ${a.owner}` : '', span(f, a.startDate, a.dueDate)].filter(Boolean).join(' · ')}</Text>
    </View>
  ));
}

/**
 * The progress report of a period. An activity has no completion date of its own, so "done in
 * the period" means done and due (or, without a due date, started) within it; "late" means not
 * finished and past its due date on the day the report is made.
 */
export function ProgressPdf({ ctx, period }: { ctx: Ctx; period: Period }): ReactNode {
  const { r, c, f } = ctx;
  const done = r.strategy.activities.filter((a) => a.status === 'done' && within(a.dueDate ?? a.startDate, period));
  const late = r.strategy.activities.filter((a) => a.overdue).sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? ''));
  const evaluations = r.strategy.evaluations;
  return (
    <ReportDocument ctx={ctx} kicker={c.progressTitle} title={r.sme.name} meta={[`${c.period}: ${span(f, period.from, period.to)}`, `${r.process.title}   ·   ${c.date}: ${f.day(r.today)}`]}>
      <Trends ctx={ctx} period={period} />
      <Section title={c.doneInPeriod}><ActivityList ctx={ctx} list={done} none={c.noneDone} /></Section>
      <Section title={c.lateNow}><ActivityList ctx={ctx} list={late} none={c.noneLate} /></Section>
      <Section title={c.comparison}>
        {evaluations.length < 2 ? <Empty text={evaluations.length ? c.needTwo : c.noEvaluations} /> : <EvaluationResult ctx={ctx} shown={firstAndLatest(evaluations)} withChange />}
      </Section>
    </ReportDocument>
  );
}
