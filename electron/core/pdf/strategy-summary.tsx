import { Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import { worstLight } from '../../api/scoring';
import { PERSPECTIVES } from '../../api/strategy';
import type { Ctx } from './strategy-common';
import { clip, Empty, evaluationLabel, LightMark, MUTED, openActivities, report, ReportDocument, Section } from './strategy-common';
import { styles } from './styles';

// What fits on the one page whatever was typed: the longest texts are shortened, the lists cut.
const NEXT_ACTIVITIES = 5;
const LEARNING = 4;

function Bullet({ children }: { children: ReactNode }): ReactNode {
  return (
    <View style={styles.li}>
      <Text style={styles.bullet}>•</Text>
      <View style={styles.flex}>{children}</View>
    </View>
  );
}

function WhereWeStand({ ctx }: { ctx: Ctx }): ReactNode {
  const { r, c, f } = ctx;
  const latest = r.strategy.evaluations.at(-1);
  return (
    <Section title={c.whereWeStand}>
      {PERSPECTIVES.map((p) => {
        const objectives = new Set(r.strategy.objectives.filter((o) => o.perspective === p).map((o) => o.id));
        const indicators = r.strategy.indicators.filter((i) => objectives.has(i.objectiveId));
        return (
          <View key={p} style={[report.row, { marginBottom: 3, alignItems: 'center' }]}>
            <Text style={{ width: 170, fontWeight: 700 }}>{c.perspective[p]}</Text>
            <View style={{ width: 130 }}><LightMark light={worstLight(indicators.map((i) => i.status))} c={c} size={9} /></View>
            <Text style={[styles.flex, styles.small, { color: MUTED }]}>{`${c.objectives}: ${objectives.size} · ${c.indicators}: ${indicators.length}`}</Text>
          </View>
        );
      })}
      {latest && <Text style={[styles.small, { marginTop: 4 }]}>{`${c.selfEvaluation} (${evaluationLabel(latest, ctx)}): ${f.score(latest.result.overall) || c.none} / 5`}</Text>}
    </Section>
  );
}

function WhatNext({ ctx }: { ctx: Ctx }): ReactNode {
  const { r, c, f } = ctx;
  const next = openActivities(r.strategy.activities).slice(0, NEXT_ACTIVITIES);
  return (
    <Section title={c.whatNext}>
      {next.length === 0 ? <Empty text={c.nothingNext} /> : next.map((a) => (
        <Bullet key={a.id}>
          <Text>
            {[clip(a.title, 120), a.owner ? `${c.activityLead}: ${clip(a.owner, 60)}` : '', a.dueDate ? f.day(a.dueDate) : ''].filter(Boolean).join(' · ')}
            {a.overdue ? <Text style={report.late}>{` · ${c.late}`}</Text> : null}
          </Text>
        </Bullet>
      ))}
    </Section>
  );
}

function WhatWeLearn({ ctx }: { ctx: Ctx }): ReactNode {
  const { r, c } = ctx;
  const learning = openActivities(r.strategy.activities).filter((a) => a.learning).slice(0, LEARNING);
  return (
    <Section title={c.whatWeLearn}>
      {learning.length === 0 ? <Empty text={c.noLearning} /> : learning.map((a) => (
        <Bullet key={a.id}>
          <Text>{[a.learners ? `${clip(a.learners, 60)}:` : '', clip(a.learningWhat || a.title, 140), a.learningHow ? `(${c.learningMethod[a.learningHow]})` : ''].filter(Boolean).join(' ')}</Text>
        </Bullet>
      ))}
    </Section>
  );
}

/** One page for the owner: the lights per perspective, the next steps, what is being learnt, the next review. */
export function SummaryPdf({ ctx }: { ctx: Ctx }): ReactNode {
  const { r, c, f } = ctx;
  const nextReview = r.strategy.reviews.find((rev) => rev.nextOn)?.nextOn ?? null;
  return (
    <ReportDocument ctx={ctx} kicker={c.summaryTitle} title={r.sme.name} meta={[`${r.process.title}   ·   ${c.date}: ${f.day(r.today)}`]} single>
      {r.strategy.vision.trim() ? <Text style={[styles.p, { fontStyle: 'italic' }]}>{clip(r.strategy.vision, 320)}</Text> : null}
      <WhereWeStand ctx={ctx} />
      <WhatNext ctx={ctx} />
      <WhatWeLearn ctx={ctx} />
      <Section title={c.nextReview}>
        <Text>{nextReview ? f.day(nextReview) : c.noNextReview}</Text>
      </Section>
    </ReportDocument>
  );
}
