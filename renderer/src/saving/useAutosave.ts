import { useCallback, useEffect, useRef, useState } from 'react';
import type { Result } from '@api/result';
import type { SaveState } from '../ui/SaveStatus';

/**
 * Saves a value shortly after the last change. Values that fail validation are kept (the form
 * still shows them) but not sent; `flush` saves at once (on leaving the screen).
 */
export function useAutosave<T, R>(options: {
  validate: (value: T) => { ok: true } | { ok: false };
  save: (value: T) => Promise<Result<R>>;
  onSaved?: (result: R) => void;
  onRejected?: (error: Extract<Result<R>, { ok: false }>['error']) => void;
  delay?: number;
}) {
  const [state, setState] = useState<SaveState>('idle');
  const pending = useRef<T | null>(null);
  /** The latest change failed validation: a save of an earlier value finishing must not say "saved". */
  const invalid = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(options);
  latest.current = options;

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const value = pending.current;
    if (value === null) return;
    pending.current = null;
    setState('saving');
    const result = await latest.current.save(value);
    if (pending.current !== null) return; // a newer change is queued; its save reports
    if (result.ok) {
      setState(invalid.current ? 'invalid' : 'saved');
      latest.current.onSaved?.(result.value);
    } else {
      setState(result.error.code === 'validation' ? 'invalid' : 'failed');
      latest.current.onRejected?.(result.error);
    }
  }, []);

  const change = useCallback(
    (value: T) => {
      invalid.current = !latest.current.validate(value).ok;
      if (invalid.current) {
        pending.current = null;
        if (timer.current) clearTimeout(timer.current);
        setState('invalid');
        return;
      }
      pending.current = value;
      setState('saving');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), latest.current.delay ?? 350);
    },
    [flush],
  );

  useEffect(() => () => void flush(), [flush]);
  return { state, change, flush };
}
