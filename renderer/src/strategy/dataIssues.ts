import type { TFunction } from 'i18next';
import type { AppError } from '../../../electron/api/result';
import { issueMessages } from '../lib/validation';

/** Messages for a refused `{ data }` payload, by field of the form (the `data.` prefix dropped). */
export function dataIssues(error: AppError, t: TFunction): Record<string, string> {
  return issueMessages((error.issues ?? []).map((i) => ({ ...i, path: i.path.replace(/^data\./, '') })), t);
}
