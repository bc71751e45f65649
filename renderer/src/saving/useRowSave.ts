import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError, Result } from '@api/result';
import type { StrategyRecord } from '@api/strategy';
import type { SaveState } from '../ui/SaveStatus';

/**
 * Saves one row of a strategy list (a stakeholder, say) shortly after the last change. The saves
 * of a row run one after another, so a new row is added once: the first save answers the strategy
 * with the row appended at the end, and every later save updates that id.
 */
export function useRowSave<T>(options: {
  id: string | undefined;
  validate: (value: T) => boolean;
  save: (id: string | undefined, value: T) => Promise<Result<StrategyRecord>>;
  /** The id of the row just added, in the strategy its first save answered. */
  added: (strategy: StrategyRecord) => string | undefined;
  onSaved?: () => void;
  onRejected?: (error: AppError) => void;
  delay?: number;
}) {
  const [state, setState] = useState<SaveState>('idle');
  const id = useRef(options.id);
  const pending = useRef<T | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const latest = useRef(options);
  latest.current = options;

  const flush = useCallback((): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    queue.current = queue.current.then(async () => {
      const value = pending.current;
      if (value === null) return;
      pending.current = null;
      setState('saving');
      const r = await latest.current.save(id.current, value);
      if (r.ok) id.current ??= latest.current.added(r.value);
      if (pending.current !== null) return; // a newer change is queued; its save reports
      if (r.ok) {
        setState('saved');
        latest.current.onSaved?.();
      } else {
        // Kept for the next change or blur to send again; a refused value waits for a correction.
        if (r.error.code !== 'validation') pending.current = value;
        setState(r.error.code === 'validation' ? 'invalid' : 'failed');
        latest.current.onRejected?.(r.error);
      }
    });
    return queue.current;
  }, []);

  const change = useCallback(
    (value: T) => {
      if (timer.current) clearTimeout(timer.current);
      if (!latest.current.validate(value)) {
        pending.current = null;
        setState('invalid');
        return;
      }
      pending.current = value;
      setState('saving');
      timer.current = setTimeout(() => void flush(), latest.current.delay ?? 400);
    },
    [flush],
  );

  /** Waits for the saves under way and gives the row's id (undefined while it was never stored). */
  const settle = useCallback(async () => {
    await flush();
    return id.current;
  }, [flush]);

  useEffect(() => () => void flush(), [flush]);
  return { state, change, flush, settle };
}
