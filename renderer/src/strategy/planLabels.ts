import type { TFunction } from 'i18next';
import type { Indicator, Objective } from '@api/strategy';
import { PERSPECTIVES } from '@api/strategy';
import { dateLocale } from '@api/dates';

/** Options for an objective picker, grouped by scorecard perspective in the scorecard's order. */
export function objectiveOptions(objectives: readonly Objective[], t: TFunction) {
  return PERSPECTIVES.map((p) => ({
    group: t(`strategy.perspective.${p}`),
    items: objectives.filter((o) => o.perspective === p).map((o) => ({ value: o.id, label: o.title })),
  })).filter((g) => g.items.length > 0);
}

/** "12 Mar 2026" in the UI language for a stored "YYYY-MM-DD". */
export function formatShortDay(value: string, language: string): string {
  const [y, m, d] = value.split('-').map(Number);
  return new Intl.DateTimeFormat(dateLocale(language), { dateStyle: 'medium' }).format(new Date(y!, m! - 1, d!));
}

/** A measured value with its unit ("42 %", "3 complaints"), the number in the UI language. */
export function formatValue(value: number, unit: string, language: string): string {
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value)} ${unit}`.trim();
}

/** A number input's value ('' when empty) as the number the contract wants, or undefined. */
export const numberOrUndefined = (value: number | string): number | undefined => (value === '' || value === '-' ? undefined : Number(value));

/** An indicator's target as the facilitator reads it: a value, or the level a kept indicator holds ("at least 4.5"). */
export function targetText(indicator: Pick<Indicator, 'direction' | 'keep' | 'target' | 'targetHigh'>, value: (v: number) => string, t: TFunction): string {
  if (indicator.direction !== 'keep' || !indicator.keep) return value(indicator.target);
  return t(`strategy.keepShown.${indicator.keep}`, { value: value(indicator.target), low: value(indicator.target), high: value(indicator.targetHigh ?? indicator.target) });
}
