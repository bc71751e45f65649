import type { z } from 'zod';
import type { FieldIssue } from './result';

/** Codes we put in schema messages ourselves; anything else is mapped from zod's issue code. */
const OWN_CODES = new Set([
  'invalid_email',
  'invalid_phone',
  'invalid_url',
  'invalid_country',
  'invalid_choice',
  'future_year',
  'invalid_date',
  'required',
  'due_before_start',
  'keep_required',
  'keep_only_for_keep',
  'range_end_required',
  'range_end_below_start',
  'range_end_only_within',
  'more_than_total',
  'target_before_baseline',
]);

/** Turns zod issues into translatable field issues (locales: validation.<code>). */
export function toFieldIssues(issues: readonly z.core.$ZodIssue[]): FieldIssue[] {
  return issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    if (OWN_CODES.has(issue.message)) return { path, code: issue.message };
    switch (issue.code) {
      case 'too_small':
        if (issue.origin === 'string' && Number(issue.minimum) === 1) return { path, code: 'required' };
        return { path, code: issue.origin === 'string' ? 'too_short' : 'too_small', params: { limit: Number(issue.minimum) } };
      case 'too_big':
        return { path, code: issue.origin === 'string' ? 'too_long' : issue.origin === 'array' ? 'too_many' : 'too_big', params: { limit: Number(issue.maximum) } };
      case 'invalid_type':
        if (issue.expected === 'int') return { path, code: 'not_integer' };
        return { path, code: issue.input === undefined ? 'required' : 'invalid_type' };
      case 'invalid_value':
        return { path, code: 'invalid_choice' };
      default:
        return { path, code: 'invalid' };
    }
  });
}
