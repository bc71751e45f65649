import { describe, expect, it } from 'vitest';
import { dateLocale } from '../../../electron/api/dates';

const day = (locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(2026, 11, 2, 9, 0));

describe('the locale of dates on screen', () => {
  it('is the interface language itself for every language but English', () => {
    for (const language of ['es', 'pt', 'ro', 'el', 'bg', 'pl', 'lt', 'lv']) expect(dateLocale(language, ['en-US'])).toBe(language);
  });

  it('in English follows the operating system: its English, else English with its region, never US dates by default', () => {
    expect(dateLocale('en', ['en-US', 'de-DE'])).toBe('en-US');
    expect(dateLocale('en', ['lt-LT', 'en-GB'])).toBe('en-GB');
    expect(dateLocale('en', ['lt-LT'])).toBe('en-LT');
    expect(day(dateLocale('en', ['lt-LT']))).toBe('2 Dec 2026, 09:00');
    // A region without English conventions of its own, or none at all: English as written in Europe.
    expect(day(dateLocale('en', ['el']))).toBe('2 Dec 2026, 09:00');
    expect(day(dateLocale('en', []))).toBe('2 Dec 2026, 09:00');
  });
});
