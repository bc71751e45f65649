import { RULES } from './rules';
import type { KeepKind, Light, Perspective, Relationship, Scores } from './strategy';
import { PERSPECTIVES, RELATIONSHIPS } from './strategy';

/** A self-evaluation statement as the structure defines it. */
export interface ScoredItem {
  id: string;
  perspective: Perspective;
  relationship?: Relationship | null;
}

const mean = (values: number[]) => (values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100 : null);

/**
 * The result of a self-evaluation: the mean score (1–5, two decimals) of the rated statements of
 * each scorecard perspective and of each stakeholder relationship, and overall. Statements not
 * rated are left out rather than counted as zero, so a half-filled sheet is still readable.
 */
export function scoreEvaluation(items: readonly ScoredItem[], scores: Record<string, number>): Scores {
  const rated = items.filter((i) => typeof scores[i.id] === 'number');
  const of = (pick: (i: ScoredItem) => boolean) => mean(rated.filter(pick).map((i) => scores[i.id]!));
  return {
    perspectives: Object.fromEntries(PERSPECTIVES.map((p) => [p, of((i) => i.perspective === p)])) as Record<Perspective, number | null>,
    relationships: Object.fromEntries(RELATIONSHIPS.map((r) => [r, of((i) => i.relationship === r)])) as Record<Relationship, number | null>,
    overall: of(() => true),
    rated: rated.length,
    total: items.length,
  };
}

export interface StatementSpread {
  id: string;
  perspective: Perspective;
  min: number;
  max: number;
  /** max − min: how far the participants are apart on it. */
  range: number;
  /** Participants who scored it. */
  count: number;
}

export interface Spread {
  /** Participants with at least one score. */
  participants: number;
  /** Statements scored by two or more participants, widest disagreement first (then lowest score, then sheet order). */
  statements: StatementSpread[];
  /** Lowest and highest of the participants' own means per perspective; null where fewer than two scored it. */
  perspectives: Record<Perspective, { min: number; max: number } | null>;
}

/**
 * How far the participants' own scores lie apart, per statement and per perspective. The guide
 * asks to talk first about the statements where they differ most, so those come first.
 */
export function spreadOf(items: readonly ScoredItem[], participants: readonly { scores: Record<string, number> }[]): Spread {
  const scoring = participants.filter((p) => items.some((i) => typeof p.scores[i.id] === 'number'));
  const statements = items
    .map((item, order) => {
      const values = scoring.map((p) => p.scores[item.id]).filter((v): v is number => typeof v === 'number');
      const min = Math.min(...values);
      const max = Math.max(...values);
      return { id: item.id, perspective: item.perspective, min, max, range: max - min, count: values.length, order };
    })
    .filter((s) => s.count >= 2)
    .sort((a, b) => b.range - a.range || a.min - b.min || a.order - b.order)
    .map(({ order: _order, ...rest }) => rest);
  const means = scoring.map((p) => scoreEvaluation(items, p.scores).perspectives);
  const perspectives = Object.fromEntries(
    PERSPECTIVES.map((p) => {
      const values = means.map((m) => m[p]).filter((v): v is number => v !== null);
      return [p, values.length >= 2 ? { min: Math.min(...values), max: Math.max(...values) } : null];
    }),
  ) as Spread['perspectives'];
  return { participants: scoring.length, statements, perspectives };
}

/**
 * The statements two evaluations can be compared on: those of the first that the second's edition
 * also has (all of them when both were made with the same edition).
 */
export function sharedStatements<T extends { id: string }>(first: readonly T[], second: readonly { id: string }[]): T[] {
  const ids = new Set(second.map((i) => i.id));
  return first.filter((i) => ids.has(i.id));
}

/**
 * The statements to start objectives from: those furthest from the top of the scale (5), lowest
 * first; with an earlier evaluation given, those that fell most since it come first among equals.
 */
export function largestGaps(items: readonly ScoredItem[], scores: Record<string, number>, limit = 5, earlier?: Record<string, number>) {
  return items
    .filter((i) => typeof scores[i.id] === 'number' && scores[i.id]! < 5)
    .map((i, order) => ({ id: i.id, perspective: i.perspective, score: scores[i.id]!, gap: 5 - scores[i.id]!, drop: earlier?.[i.id] !== undefined ? earlier[i.id]! - scores[i.id]! : 0, order }))
    .sort((a, b) => b.gap - a.gap || b.drop - a.drop || a.order - b.order)
    .slice(0, limit)
    .map(({ order: _order, ...rest }) => rest);
}

export interface IndicatorLike {
  direction: 'up' | 'down' | 'keep';
  /** For a kept indicator: held at least at, at most at, or within `target`…`targetHigh`. */
  keep?: KeepKind | null;
  baseline: number;
  baselineDate: string | null;
  target: number;
  /** The upper end of the range of a kept-within indicator (`target` is its lower end). */
  targetHigh?: number | null;
  targetDate: string | null;
}

/** Whether `value` is at the level a kept indicator holds. */
export function atLevel(indicator: IndicatorLike, value: number): boolean {
  switch (indicator.keep) {
    case 'at_most':
      return value <= indicator.target;
    case 'within':
      return value >= indicator.target && value <= (indicator.targetHigh ?? indicator.target);
    default:
      return value >= indicator.target;
  }
}

/**
 * Share of the way from baseline to target that `value` has gone (negative: the wrong way). A
 * kept indicator has no way to go: 1 while it is at its level, -1 while it is outside.
 */
export function progress(indicator: IndicatorLike, value: number): number {
  if (indicator.direction === 'keep') return atLevel(indicator, value) ? 1 : -1;
  const span = indicator.target - indicator.baseline;
  if (span === 0) return (indicator.direction === 'up' ? value >= indicator.target : value <= indicator.target) ? 1 : 0;
  return (value - indicator.baseline) / span;
}

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/**
 * Traffic light of an indicator on `today` (YYYY-MM-DD), from its measurements, exactly as the
 * glossary's "traffic light" states it for the facilitator and the SME:
 * - green: the target is reached, or the share of the way from baseline to target keeps pace with
 *   the share of the time from the baseline date to the target date;
 * - amber ("yellow" on the handouts): moving the right way but behind that pace; worse than the
 *   baseline in the latest measurement only; or no target date and the target not reached yet;
 * - red: the target date has passed without reaching the target, or the last
 *   `lightRedAfterWorseMeasurements` measurements in a row are worse than the baseline (one bad
 *   month is noise in a small firm, so a single move the wrong way never turns it red);
 * - none: nothing measured yet.
 * A kept indicator is green while its latest measurement is at the level, amber when only the
 * latest ones (fewer than `lightRedAfterWorseMeasurements`) are outside it, red when that many
 * in a row are; its date is how long the level is to be held, so passing it turns nothing red.
 */
export function indicatorStatus(indicator: IndicatorLike, measurements: readonly { measuredOn: string; value: number }[], today: string): Light {
  if (measurements.length === 0) return 'none';
  const inOrder = [...measurements].sort((a, b) => a.measuredOn.localeCompare(b.measuredOn));
  const latest = inOrder.at(-1)!;
  const done = progress(indicator, latest.value);
  if (done >= 1) return 'green';
  if (indicator.direction !== 'keep' && indicator.targetDate && indicator.targetDate < today) return 'red';
  if (worseInARow(indicator, inOrder) >= RULES.lightRedAfterWorseMeasurements) return 'red';
  if (done < 0 || !indicator.targetDate) return 'amber';
  const from = indicator.baselineDate ?? inOrder[0]!.measuredOn;
  const total = day(indicator.targetDate) - day(from);
  const elapsed = day(latest.measuredOn) - day(from);
  const expected = total > 0 ? Math.min(1, Math.max(0, elapsed / total)) : 1;
  return done >= expected ? 'green' : 'amber';
}

/**
 * How many of the latest measurements, counted back from the newest, are worse than the baseline
 * (for a kept indicator: outside its level).
 */
function worseInARow(indicator: IndicatorLike, inOrder: readonly { value: number }[]): number {
  let n = 0;
  for (let i = inOrder.length - 1; i >= 0 && progress(indicator, inOrder[i]!.value) < 0; i--) n++;
  return n;
}

const SEVERITY: Record<Light, number> = { none: 0, green: 1, amber: 2, red: 3 };

/** The worst of the lights ('none' when there is none). */
export function worstLight(lights: readonly Light[]): Light {
  return lights.reduce<Light>((worst, l) => (SEVERITY[l] > SEVERITY[worst] ? l : worst), 'none');
}
