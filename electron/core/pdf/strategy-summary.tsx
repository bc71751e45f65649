import { Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import { worstLight } from '../../api/scoring';
import { PERSPECTIVES } from '../../api/strategy';
import type { Ctx } from './strategy-common';
import { clip, Empty, evaluationLabel, LightMark, MUTED, openActivities, report, ReportDocument, Section } from './strategy-common';
import { styles } from './styles';

// What fits on one A4 page whatever was typed (a test fills every field to its limit): the
// vision is printed whole up to VISION_WHOLE characters, in a smaller size when it is long;
// the lists keep their first entries and each entry its first words.
const NEXT_ACTIVITIES = 5;
const LEARNING = 3;
const VISION_WHOLE = 800;

/** The vision whole when it fits, in a size that lets a long one fit too. */
function Vision({ text }: { text: string }): ReactNode {
  const vision = text.replace(/\s+/g, ' ').trim();
  if (!vision) return null;
  const fontSize = vision.length <= 500 ? 10 : vision.length <= 800 ? 9 : 8.5;
  return <Text style={[styles.p, { fontStyle: 'italic', fontSize, lineHeight: 1.35 }]}>{clip(vision, VISION_WHOLE)}</Text>;
}

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
          // Three columns that share the width and wrap their own text, so long Greek or
          // Lithuanian names never run into the next column.
          <View key={p} style={[report.row, { marginBottom: 4, alignItems: 'flex-start' }]} wrap={false}>
            <Text style={{ flex: 5, fontWeight: 700, paddingRight: 8 }}>{c.perspective[p]}</Text>
            <View style={{ flex: 4, paddingRight: 8 }}><LightMark light={worstLight(indicators.map((i) => i.status))} c={c} size={9} /></View>
            <Text style={[styles.small, { flex: 4, color: MUTED }]}>{`${c.objectives}: ${objectives.size} · ${c.indicators}: ${indicators.length}`}</Text>
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
            {[clip(a.title, 100), a.owner ? `${c.activityLead}: ${clip(a.owner, 40)}` : '', a.dueDate ? f.day(a.dueDate) : ''].filter(Boolean).join(' · ')}
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
          <Text>{[a.learners ? `${clip(a.learners, 50)}:` : '', clip(a.learningWhat || a.title, 120), a.learningHow ? `(${c.learningMethod[a.learningHow]})` : ''].filter(Boolean).join(' ')}</Text>
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
    <ReportDocument ctx={ctx} kicker={c.summaryTitle} title={r.sme.name} meta={[`${r.process.title}   ·   ${c.date}: ${f.day(r.today)}`]}>
      <Vision text={r.strategy.vision} />
      <WhereWeStand ctx={ctx} />
      <WhatNext ctx={ctx} />
      <WhatWeLearn ctx={ctx} />
      <Section title={c.nextReview}>
        <Text>{nextReview ? f.day(nextReview) : c.noNextReview}</Text>
      </Section>
    </ReportDocument>
  );
}
