import type { TFunction } from 'i18next';
import type { Objective } from '@api/strategy';
import { PERSPECTIVES } from '@api/strategy';

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
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(new Date(y!, m! - 1, d!));
}

export const formatMoney = (value: number, language: string) => new Intl.NumberFormat(language, { style: 'currency', currency: 'EUR' }).format(value);

/** A measured value with its unit ("42 %", "3 complaints"), the number in the UI language. */
export function formatValue(value: number, unit: string, language: string): string {
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value)} ${unit}`.trim();
}

/** A number input's value ('' when empty) as the number the contract wants, or undefined. */
export const numberOrUndefined = (value: number | string): number | undefined => (value === '' || value === '-' ? undefined : Number(value));
