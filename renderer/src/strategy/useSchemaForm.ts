import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Result } from '../../../electron/api/result';
import { toFieldIssues } from '../../../electron/api/validation';
import { useAutosave } from '../lib/useAutosave';
import { issueMessages } from '../lib/validation';
import { dataIssues } from './dataIssues';

/**
 * A form of the strategy that saves itself as it is typed: checked against the contract's own
 * schema on screen, the app's refusals shown at their field, and what was typed kept either way.
 */
export function useSchemaForm<F extends object, R>(schema: z.ZodType, initial: F, save: (value: F) => Promise<Result<R>>) {
  const { t } = useTranslation();
  const [form, setForm] = useState<F>(initial);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const autosave = useAutosave({
    validate: (v: F) => (schema.safeParse(v).success ? { ok: true } : { ok: false }),
    save,
    onSaved: () => setServerErrors({}),
    onRejected: (e) => setServerErrors(dataIssues(e, t)),
  });
  const errors = useMemo(() => {
    const parsed = schema.safeParse(form);
    return { ...serverErrors, ...(parsed.success ? {} : issueMessages(toFieldIssues(parsed.error.issues), t)) };
  }, [schema, form, serverErrors, t]);
  const edit = (patch: Partial<F>) => {
    const next = { ...form, ...patch };
    setForm(next);
    autosave.change(next);
  };
  return { form, edit, errors, autosave };
}
