import { z } from 'zod';
import { indicatorStatus } from '../../api/scoring';
import type { LabelsSchema, SelfEvaluationStructure, SelfEvaluationText } from './schema';
import { Id } from './schema';

/**
 * Worked examples as data (content/structure/worked-examples.json), so the numbers the guides
 * quote are the numbers the app would show for the same answers: a self-evaluation names a score
 * for every statement of its edition (or the changes from another example), an indicator its
 * measurements and the day it is read. The text quotes the results through placeholders such as
 * {{example.hotel-baseline.learning}}, {{example.hotel-baseline.score.se-learning-11}} or
 * {{light.complaints-one-bad-month}}.
 */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const WorkedExamplesSchema = z.object({
  evaluations: z.record(
    Id,
    z.object({ edition: z.number().int().min(1), from: Id.optional(), scores: z.record(z.string(), z.number().int().min(1).max(5)) }),
  ),
  indicators: z.record(
    Id,
    z.object({
      /** The colour the text says this reading shows; the content test holds the app to it. */
      shows: z.enum(['green', 'amber', 'red', 'none']),
      direction: z.enum(['up', 'down', 'keep']),
      /** For a kept indicator: how its level is held (`target`, or `target`…`targetHigh` within a range). */
      keep: z.enum(['at_least', 'at_most', 'within']).optional(),
      baseline: z.number(),
      baselineDate: isoDate,
      target: z.number(),
      targetHigh: z.number().optional(),
      targetDate: isoDate,
      measurements: z.array(z.tuple([isoDate, z.number()])).min(1),
      today: isoDate,
    }),
  ),
});
export type WorkedExamples = z.infer<typeof WorkedExamplesSchema>;

/** Every statement of one edition, current or retired. */
function editionStatements(se: SelfEvaluationStructure, edition: number) {
  return [...se.items, ...se.retired].filter((i) => i.editions.includes(edition));
}

/** The full answers of an example evaluation: its own scores over those of the one it starts from. */
export function exampleScores(examples: WorkedExamples, id: string, seen: string[] = []): Record<string, number> {
  const e = examples.evaluations[id];
  if (!e || seen.includes(id)) return {};
  return { ...(e.from ? exampleScores(examples, e.from, [...seen, id]) : {}), ...e.scores };
}

export function checkWorkedExamples(examples: WorkedExamples, se: SelfEvaluationStructure, problems: string[]): void {
  for (const [id, e] of Object.entries(examples.evaluations)) {
    const where = `worked-examples.json: evaluation ${id}`;
    if (e.from && !examples.evaluations[e.from]) problems.push(`${where} starts from unknown ${e.from}`);
    const statements = editionStatements(se, e.edition);
    const known = new Set(statements.map((i) => i.id));
    for (const itemId of Object.keys(e.scores)) if (!known.has(itemId)) problems.push(`${where}: ${itemId} is not a statement of edition ${e.edition}`);
    // A mean quoted in the text is only the app's mean when every statement has its score.
    const scores = exampleScores(examples, id);
    for (const i of statements) if (scores[i.id] === undefined) problems.push(`${where}: no score for ${i.id}`);
  }
  for (const [id, ind] of Object.entries(examples.indicators)) {
    if ((ind.direction === 'keep') !== (ind.keep !== undefined)) problems.push(`worked-examples.json: indicator ${id} needs "keep" exactly when its direction is keep`);
    if ((ind.keep === 'within') !== (ind.targetHigh !== undefined)) problems.push(`worked-examples.json: indicator ${id} needs "targetHigh" exactly when it is kept within a range`);
    if (ind.measurements.some(([on]) => on > ind.today || on < ind.baselineDate)) problems.push(`worked-examples.json: indicator ${id} has a measurement outside baseline date … today`);
  }
}

const LIGHT_LABEL = { green: 'lightGreen', amber: 'lightAmber', red: 'lightRed', none: 'lightNone' } as const;

/** The placeholder values of the worked examples and statements in one language. */
/** What of a language's text the worked examples quote (a part of the loader's LanguageText). */
interface QuotedText {
  language: string;
  selfEvaluation: SelfEvaluationText;
  labels: z.infer<typeof LabelsSchema>;
}

export function workedExampleValues(examples: WorkedExamples, se: SelfEvaluationStructure, text: QuotedText): Map<string, string> {
  const values = new Map<string, string>();
  const st = text.selfEvaluation;
  const one = new Intl.NumberFormat(text.language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  values.set('selfEvaluation.count', String(se.items.length));
  for (const [id, t] of [...Object.entries(st.items), ...Object.entries(st.retired)]) values.set(`statement.${id}`, t);
  for (const [p, t] of Object.entries(st.perspectives)) values.set(`perspective.${p}`, t.name);
  for (const [r, t] of Object.entries(st.relationships)) values.set(`relationship.${r}`, t);
  for (const [id, e] of Object.entries(examples.evaluations)) {
    const scores = exampleScores(examples, id);
    const items = editionStatements(se, e.edition).map((i) => ({ id: i.id, perspective: i.perspective, relationship: i.relationship ?? null }));
    // The exact mean, rounded once for the text (the app's own rounding would round twice).
    const exact = (pick: (i: (typeof items)[number]) => boolean) => {
      const rated = items.filter(pick).map((i) => scores[i.id]!);
      return rated.length ? rated.reduce((a, b) => a + b, 0) / rated.length : NaN;
    };
    for (const p of se.perspectives) values.set(`example.${id}.${p}`, one.format(exact((i) => i.perspective === p)));
    for (const r of se.relationships) values.set(`example.${id}.${r}`, one.format(exact((i) => i.relationship === r)));
    values.set(`example.${id}.overall`, one.format(exact(() => true)));
    for (const [itemId, score] of Object.entries(scores)) values.set(`example.${id}.score.${itemId}`, String(score));
  }
  for (const [id, ind] of Object.entries(examples.indicators)) {
    const light = indicatorStatus(ind, ind.measurements.map(([measuredOn, value]) => ({ measuredOn, value })), ind.today);
    values.set(`light.${id}`, text.labels[LIGHT_LABEL[light]]);
  }
  return values;
}
