import { Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import { spreadOf } from '../../api/scoring';
import type { Evaluation } from '../../api/strategy';
import { PERSPECTIVES } from '../../api/strategy';
import { Radar } from './strategy-charts';
import type { Ctx } from './strategy-common';
import { ACCENT, clip, evaluationLabel, MUTED } from './strategy-common';
import { ofEdition } from './strategy-evaluation';
import { cell, styles } from './styles';

/** How many statements of widest disagreement the report lists. */
const LISTED = 8;

/**
 * The participants' own scores of one evaluation beside the agreed ones: the lowest and highest
 * per perspective (a bar on the radar and a table) and the statements they differed on most,
 * which the guide calls the most useful part of the talk. Nothing when fewer than two scored.
 */
export function IndividualScores({ ctx, evaluation }: { ctx: Ctx; evaluation: Evaluation }): ReactNode {
  const { c, f, r } = ctx;
  const items = ofEdition(r.items, evaluation.edition);
  const spread = spreadOf(items, evaluation.participants);
  if (spread.participants < 2) return null;
  const differing = spread.statements.filter((s) => s.range > 0).slice(0, LISTED);
  const range = (lo: number, hi: number) => `${f.num(lo)} – ${f.num(hi)}`;
  const col = { width: 70 };
  return (
    <View>
      <View wrap={false}>
        <Text style={styles.h3}>{`${c.individualScores}: ${evaluationLabel(evaluation, ctx)}`}</Text>
        <Text style={[styles.small, { color: MUTED }]}>{c.participantsScored.replaceAll('{{n}}', String(spread.participants))}</Text>
        <Radar
          labels={PERSPECTIVES.map((p) => c.perspective[p])}
          series={[{ values: PERSPECTIVES.map((p) => evaluation.result.perspectives[p]), colour: ACCENT }]}
          band={{ min: PERSPECTIVES.map((p) => spread.perspectives[p]?.min ?? null), max: PERSPECTIVES.map((p) => spread.perspectives[p]?.max ?? null), colour: MUTED }}
        />
      </View>
      <View style={styles.table}>
        <View style={[styles.tr, styles.th]} wrap={false}>
          <Text style={cell(0, styles.small, styles.flex)}>{c.score}</Text>
          <Text style={cell(1, styles.small, col)}>{c.agreed}</Text>
          <Text style={cell(2, styles.small, col)}>{c.lowestHighest}</Text>
        </View>
        {PERSPECTIVES.map((p) => (
          <View key={p} style={styles.tr} wrap={false}>
            <Text style={cell(0, styles.small, styles.flex)}>{c.perspective[p]}</Text>
            <Text style={cell(1, styles.small, col)}>{f.num(evaluation.result.perspectives[p]) || c.none}</Text>
            <Text style={cell(2, styles.small, col)}>{spread.perspectives[p] ? range(spread.perspectives[p].min, spread.perspectives[p].max) : c.none}</Text>
          </View>
        ))}
      </View>
      <Text style={[styles.small, { fontWeight: 700, marginTop: 6 }]} minPresenceAhead={30}>{c.widestFirst}</Text>
      {differing.length === 0 ? (
        <Text style={styles.small}>{c.noDisagreement}</Text>
      ) : (
        <View style={styles.table}>
          {differing.map((s, n) => (
            <View key={s.id} style={styles.tr} wrap={false}>
              <Text style={cell(0, styles.small, styles.flex)}>{`${n + 1}. ${clip(r.statements[s.id] ?? s.id, 200)}`}</Text>
              <Text style={cell(1, styles.small, col)}>{f.num(evaluation.scores[s.id]) || c.none}</Text>
              <Text style={cell(2, styles.small, col)}>{range(s.min, s.max)}</Text>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
