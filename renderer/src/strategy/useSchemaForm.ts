import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Result } from '../../../electron/api/result';
import { toFieldIssues } from '../../../electron/api/validation';
import { issueMessages } from '../lib/validation';
import { useStoredAutosave } from '../workshops/useStoredAutosave';
import { dataIssues } from './dataIssues';

/**
 * A form of the strategy that saves itself as it is typed: checked against the contract's own
 * schema on screen, the app's refusals shown at their field, and what cannot be saved yet kept
 * on this computer (`storageKey`) so that neither a reload nor a crash loses it.
 */
export function useSchemaForm<F extends object, R>(schema: z.ZodType, storageKey: string, initial: F, save: (value: F) => Promise<Result<R>>) {
  const { t } = useTranslation();
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const autosave = useStoredAutosave({
    storageKey,
    initial: () => initial,
    validate: (v: F) => schema.safeParse(v).success,
    save,
    onSaved: () => setServerErrors({}),
    onRejected: (e) => setServerErrors(dataIssues(e, t)),
  });
  const form = autosave.form;
  const errors = useMemo(() => {
    const parsed = schema.safeParse(form);
    return { ...serverErrors, ...(parsed.success ? {} : issueMessages(toFieldIssues(parsed.error.issues), t)) };
  }, [schema, form, serverErrors, t]);
  const edit = (patch: Partial<F>) => autosave.update({ ...form, ...patch });
  return { form, edit, errors, autosave };
}
