import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '@api/result';
import { useAutosave } from './useAutosave';
import { refusalMessages } from './validation';
import { readJson, removeIfSame, track, writeJson } from './storage';

/**
 * A form that saves itself (useAutosave) and keeps what was typed in localStorage until the app
 * has stored it, so text typed during a meeting survives a crash or a refused value. `errors`
 * holds what is wrong, by field: the form's own check, and what the app refused last.
 */
export function useStoredAutosave<T, R>(options: {
  storageKey: string;
  initial: () => T;
  /** Messages by field for what keeps the value from being sent; none: it is sent. */
  check: (value: T) => Record<string, string>;
  save: (value: T) => Promise<Result<R>>;
  onSaved?: (result: R) => void;
  /** What the app's issue paths start with before the form's own field paths ('data.', 'items.'). */
  serverPrefix?: string;
}) {
  const { t } = useTranslation();
  const [draft] = useState(() => readJson<T>(options.storageKey));
  const [form, setForm] = useState<T>(() => draft ?? options.initial());
  const [restored, setRestored] = useState(draft !== undefined);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const key = options.storageKey;
  const autosave = useAutosave<T, R>({
    validate: (v) => (Object.keys(options.check(v)).length === 0 ? { ok: true } : { ok: false }),
    save: async (v) => {
      const r = await track(options.save(v));
      if (r.ok) removeIfSame(key, v);
      return r;
    },
    onSaved: (result) => {
      setServerErrors({});
      options.onSaved?.(result);
    },
    onRejected: (e) => setServerErrors(refusalMessages(e.issues, options.serverPrefix ?? '', t)),
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
  const errors = { ...serverErrors, ...options.check(form) };
  return { form, update, errors, state: autosave.state, flush: autosave.flush, restored, dismissRestored: () => setRestored(false) };
}
