import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { FieldIssue } from '@api/result';
import { toFieldIssues } from '@api/validation';

/** Field path -> translated sentence that says what to fix. */
export function issueMessages(issues: readonly FieldIssue[], t: TFunction): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    if (out[issue.path]) continue;
    out[issue.path] = t(`validation.${issue.code}`, { ...issue.params, defaultValue: t('validation.invalid') });
  }
  return out;
}

/**
 * Messages for the app's refusal by the form's own field paths: `prefix` is what the request
 * wraps the form in ('data.', 'items.'), dropped from the issue paths.
 */
export function refusalMessages(issues: readonly FieldIssue[] | undefined, prefix: string, t: TFunction): Record<string, string> {
  return issueMessages((issues ?? []).map((i) => ({ ...i, path: i.path.startsWith(prefix) ? i.path.slice(prefix.length) : i.path })), t);
}

/** What is wrong with `value` by the contract's schema, as messages by field; empty when it is valid. */
export function schemaMessages(schema: z.ZodType, value: unknown, t: TFunction): Record<string, string> {
  const parsed = schema.safeParse(value);
  return parsed.success ? {} : issueMessages(toFieldIssues(parsed.error.issues), t);
}
