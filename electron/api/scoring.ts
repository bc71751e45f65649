import { RULES } from './rules';
import type { Light, Perspective, Relationship, Scores } from './strategy';
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
  direction: 'up' | 'down';
  baseline: number;
  baselineDate: string | null;
  target: number;
  targetDate: string | null;
}

/** Share of the way from baseline to target that `value` has gone (negative: the wrong way). */
export function progress(indicator: IndicatorLike, value: number): number {
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
 */
export function indicatorStatus(indicator: IndicatorLike, measurements: readonly { measuredOn: string; value: number }[], today: string): Light {
  if (measurements.length === 0) return 'none';
  const inOrder = [...measurements].sort((a, b) => a.measuredOn.localeCompare(b.measuredOn));
  const latest = inOrder.at(-1)!;
  const done = progress(indicator, latest.value);
  if (done >= 1) return 'green';
  if (indicator.targetDate && indicator.targetDate < today) return 'red';
  if (worseInARow(indicator, inOrder) >= RULES.lightRedAfterWorseMeasurements) return 'red';
  if (done < 0 || !indicator.targetDate) return 'amber';
  const from = indicator.baselineDate ?? inOrder[0]!.measuredOn;
  const total = day(indicator.targetDate) - day(from);
  const elapsed = day(latest.measuredOn) - day(from);
  const expected = total > 0 ? Math.min(1, Math.max(0, elapsed / total)) : 1;
  return done >= expected ? 'green' : 'amber';
}

/** How many of the latest measurements, counted back from the newest, are worse than the baseline. */
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
