import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Result } from '@api/result';
import { schemaMessages } from './validation';
import { useStoredAutosave } from './useStoredAutosave';

/**
 * A form of the strategy that saves itself as it is typed: checked against the contract's own
 * schema on screen, the app's refusals shown at their field, and what cannot be saved yet kept
 * on this computer (`storageKey`) so that neither a reload nor a crash loses it.
 */
export function useSchemaForm<F extends object, R>(schema: z.ZodType, storageKey: string, initial: F, save: (value: F) => Promise<Result<R>>) {
  const { t } = useTranslation();
  const autosave = useStoredAutosave({ storageKey, initial: () => initial, check: (v: F) => schemaMessages(schema, v, t), save, serverPrefix: 'data.' });
  const { form, errors } = autosave;
  const edit = (patch: Partial<F>) => autosave.update({ ...form, ...patch });
  return { form, edit, errors, autosave };
}
