import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Result } from '@api/result';
import type { StrategyRecord } from '@api/strategy';
import { useSavedForm } from '../saving/useSavedForm';
import { schemaMessages } from '../saving/validation';

/**
 * A form of the strategy that saves itself as it is typed (the one save pipeline): checked against
 * the contract's schema on screen (or the editor's own `check`), the app's refusals shown at their
 * field, and what cannot be saved yet kept on this computer under `draftKey`. `fromServer` reads
 * the form out of a strategy the app answered, so a draft older than what the app holds is not
 * sent over it.
 */
export function useStrategyForm<F extends object>(options: {
  draftKey: string;
  initial: F;
  fromServer: (strategy: StrategyRecord) => F | undefined;
  /** The record's own `updatedAt`, where it has one. */
  version?: (strategy: StrategyRecord) => string | undefined;
  versionNow?: string;
  schema?: z.ZodType;
  check?: (value: F) => Record<string, string>;
  toInput?: (value: F) => unknown;
  send: (value: F) => Promise<Result<StrategyRecord>>;
}) {
  const { t } = useTranslation();
  const { schema, toInput = (v: F) => v } = options;
  return useSavedForm<F, StrategyRecord>({
    draftKey: options.draftKey,
    initial: () => options.initial,
    base: { version: options.versionNow, part: options.initial },
    baseOf: (s) => ({ version: options.version?.(s), part: options.fromServer(s) }),
    check: options.check ?? ((v) => (schema ? schemaMessages(schema, toInput(v), t) : {})),
    send: options.send,
    refusalPrefix: 'data.',
  });
}
