import type { TFunction } from 'i18next';
import type { FieldIssue } from '../../../electron/api/result';

/** Field path -> translated sentence that says what to fix. */
export function issueMessages(issues: readonly FieldIssue[], t: TFunction): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    if (out[issue.path]) continue;
    out[issue.path] = t(`validation.${issue.code}`, { ...issue.params, defaultValue: t('validation.invalid') });
  }
  return out;
}
