import { useEffect, useRef, useState } from 'react';
import type { AppError, Result } from '../../../electron/api/result';
import { useAutosave } from '../lib/useAutosave';
import { readJson, removeIfSame, track, writeJson } from './storage';

/**
 * A form that saves itself (useAutosave) and keeps what was typed in localStorage until the app
 * has stored it, so text typed during a meeting survives a crash or a refused value.
 */
export function useStoredAutosave<T, R>(options: {
  storageKey: string;
  initial: () => T;
  validate: (value: T) => boolean;
  save: (value: T) => Promise<Result<R>>;
  onSaved?: (result: R) => void;
  onRejected?: (error: AppError) => void;
}) {
  const [draft] = useState(() => readJson<T>(options.storageKey));
  const [form, setForm] = useState<T>(() => draft ?? options.initial());
  const [restored, setRestored] = useState(draft !== undefined);
  const key = options.storageKey;
  const autosave = useAutosave<T, R>({
    validate: (v) => (options.validate(v) ? { ok: true } : { ok: false }),
    save: async (v) => {
      const r = await track(options.save(v));
      if (r.ok) removeIfSame(key, v);
      return r;
    },
    onSaved: options.onSaved,
    onRejected: options.onRejected,
  });
  const sent = useRef(false);

  useEffect(() => {
    if (draft !== undefined && !sent.current) {
      sent.current = true;
      autosave.change(draft);
    }
    // Once per mount: a draft found in storage goes out again.
  }, []);

  const update = (next: T) => {
    setForm(next);
    writeJson(key, next);
    autosave.change(next);
  };
  return { form, update, state: autosave.state, flush: autosave.flush, restored, dismissRestored: () => setRestored(false) };
}
