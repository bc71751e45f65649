import { Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import { scoreEvaluation, sharedStatements } from '../../api/scoring';
import type { Evaluation, Scores } from '../../api/strategy';
import { PERSPECTIVES, RELATIONSHIPS } from '../../api/strategy';
import { Radar } from './strategy-charts';
import type { Ctx } from './strategy-common';
import { ACCENT, evaluationLabel, MUTED, report } from './strategy-common';
import { cell, styles } from './styles';

/** The earlier evaluation is drawn grey and dashed, the later one in the accent colour. */
const colour = (i: number, count: number) => (count === 2 && i === 0 ? MUTED : ACCENT);

/**
 * The results of the evaluations as compared: two of different editions only on the statements
 * both editions share, so a mean never moves because the questions changed.
 */
export function comparedResults(items: StrategyItems, shown: readonly Evaluation[]): { results: Map<string, Scores>; shared: number | null } {
  const [first, second] = shown;
  if (!first || !second || first.edition === second.edition) return { results: new Map(shown.map((e) => [e.id, e.result])), shared: null };
  const shared = sharedStatements(ofEdition(items, first.edition), ofEdition(items, second.edition));
  return { results: new Map(shown.map((e) => [e.id, scoreEvaluation(shared, e.scores)])), shared: shared.length };
}

type StrategyItems = Ctx['r']['items'];
export const ofEdition = (items: StrategyItems, edition: number) => items.filter((i) => i.editions.includes(edition));

/**
 * The result of one or two self-evaluations: radar charts of the four perspectives and the six
 * relationships, and the scores in a table, with the change from the first to the second when asked.
 */
export function EvaluationResult({ ctx, shown, withChange }: { ctx: Ctx; shown: Evaluation[]; withChange?: boolean }): ReactNode {
  const { c, f } = ctx;
  const { results, shared } = comparedResults(ctx.r.items, shown);
  const result = (e: Evaluation) => results.get(e.id)!;
  const series = (pick: (e: Evaluation) => (number | null)[]) => shown.map((e, i) => ({ values: pick(e), colour: colour(i, shown.length), dashed: shown.length === 2 && i === 0 }));
  const rows: { label: string; pick: (e: Evaluation) => number | null; strong?: boolean }[] = [
    ...PERSPECTIVES.map((p) => ({ label: c.perspective[p], pick: (e: Evaluation) => result(e).perspectives[p] })),
    ...RELATIONSHIPS.map((x) => ({ label: c.relationshipName[x], pick: (e: Evaluation) => result(e).relationships[x] })),
    { label: c.overall, pick: (e: Evaluation) => result(e).overall, strong: true },
  ];
  const change = (pick: (e: Evaluation) => number | null) => {
    const [a, b] = [pick(shown[0]!), pick(shown[1]!)];
    return a !== null && b !== null ? f.scoreChange(Math.round((b - a) * 10) / 10) : c.none;
  };
  const showChange = withChange && shown.length === 2;
  const col = { width: 100 };
  return (
    <View>
      <View wrap={false}>
        <View style={[report.row, { marginBottom: 2 }]}>
          {shown.map((e, i) => (
            <View key={e.id} style={[report.light, { marginRight: 14 }]}>
              <View style={[report.dot, { backgroundColor: colour(i, shown.length) }]} />
              <Text style={styles.small}>{evaluationLabel(e, ctx)}</Text>
            </View>
          ))}
        </View>
        <View style={report.row}>
          <Radar labels={PERSPECTIVES.map((p) => c.perspective[p])} series={series((e) => PERSPECTIVES.map((p) => result(e).perspectives[p]))} />
          <Radar labels={RELATIONSHIPS.map((x) => c.relationshipName[x])} series={series((e) => RELATIONSHIPS.map((x) => result(e).relationships[x]))} />
        </View>
        {shared !== null && (
          <Text style={[styles.small, { color: MUTED, marginBottom: 4 }]} data-shared>
            {c.sharedOnly.replaceAll('{{n}}', String(shared)).replaceAll('{{first}}', String(shown[0]!.edition)).replaceAll('{{second}}', String(shown[1]!.edition))}
          </Text>
        )}
      </View>
      <View style={styles.table}>
        <View style={[styles.tr, styles.th]} wrap={false} fixed minPresenceAhead={40}>
          <Text style={cell(0, styles.small, styles.flex)}>{c.score}</Text>
          {shown.map((e, i) => <Text key={e.id} style={cell(i + 1, styles.small, col)}>{evaluationLabel(e, ctx)}</Text>)}
          {showChange && <Text style={cell(3, styles.small, { width: 60 })}>{c.change}</Text>}
        </View>
        {rows.map((row, n) => (
          // A heavier rule closes the perspectives and the relationships.
          <View key={row.label} style={[styles.tr, n === PERSPECTIVES.length - 1 || n === rows.length - 2 ? { borderBottomWidth: 1.2 } : {}]} wrap={false}>
            <Text style={cell(0, styles.small, styles.flex, row.strong ? { fontWeight: 700 } : {})}>{row.label}</Text>
            {shown.map((e, i) => <Text key={e.id} style={cell(i + 1, styles.small, col)}>{f.score(row.pick(e)) || c.none}</Text>)}
            {showChange && <Text style={cell(3, styles.small, { width: 60 })}>{change(row.pick)}</Text>}
          </View>
        ))}
        <View style={styles.tr} wrap={false}>
          <Text style={cell(0, styles.small, styles.flex, { color: MUTED })}>{c.rated}</Text>
          {shown.map((e, i) => <Text key={e.id} style={cell(i + 1, styles.small, col, { color: MUTED })}>{`${result(e).rated} / ${result(e).total}`}</Text>)}
          {/* An empty cell as a View: an empty Text makes react-pdf fall back to Helvetica, which is not embedded. */}
          {showChange && <View style={cell(3, styles.small, { width: 60 })} />}
        </View>
      </View>
    </View>
  );
}
