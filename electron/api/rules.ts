import rules from '../../content/structure/rules.json';

/**
 * The rules of the method (rhythm, counts, review cadence, traffic light), decided once in
 * content/structure/rules.json. The guides quote them through {{rules.<key>}} placeholders and the
 * app computes with the same file, imported statically so the renderer bundle carries it too.
 */
export type RuleKey = keyof typeof rules;
export const RULES: Readonly<Record<RuleKey, number>> = rules;

const WEEK = 7;

/**
 * Whether `days` between two consecutive workshops keep the rhythm the guides ask for, counted in
 * whole weeks (a workshop moved from a Saturday to the Monday still keeps it).
 */
export function keepsRhythm(days: number): boolean {
  const weeks = Math.round(days / WEEK);
  return weeks >= RULES.workshopGapWeeksMin && weeks <= RULES.workshopGapWeeksMax;
}
