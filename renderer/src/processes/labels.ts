import type { TFunction } from 'i18next';
import { dateLocale } from '@api/dates';

/** "Tue 12 Jan 2027, 09:00" in the UI language for a stored local "YYYY-MM-DDTHH:MM". */
export function formatPlanned(value: string | null, language: string, t: TFunction): string {
  if (!value) return t('process.notPlanned');
  const [date, time] = value.split('T');
  const [y, m, d] = date!.split('-').map(Number);
  const [hh, mm] = (time ?? '00:00').split(':').map(Number);
  return new Intl.DateTimeFormat(dateLocale(language), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(y!, m! - 1, d!, hh, mm));
}

export function formatDay(value: string, language: string): string {
  const [y, m, d] = value.split('-').map(Number);
  return new Intl.DateTimeFormat(dateLocale(language), { dateStyle: 'long' }).format(new Date(y!, m! - 1, d!));
}
