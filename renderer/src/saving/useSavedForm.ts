import { useEffect, useReducer, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '@api/result';
import type { Base } from './drafts';
import { useDraftOwner } from './owner';
import { RecordSaver } from './saver';
import { refusalMessages } from './validation';

export interface SavedFormOptions<T, R> {
  /** Where what cannot be stored yet is kept on this computer; null: nowhere. */
  draftKey: string | null;
  /** The form as the server holds it. */
  initial: () => T;
  /** What the server holds of this form now (its `updatedAt`, its part), so an outdated draft is not sent. */
  base?: Base;
  baseOf?: (result: R, sent: T) => Base;
  /** Messages by field for what keeps the value from being sent; none: it is sent. */
  check: (value: T) => Record<string, string>;
  /**
   * The value to send while some fields are invalid: `typed` with the fields named in `problems`
   * as they were last sent (`sent`). Without it an invalid field holds back the whole form.
   */
  validPart?: (typed: T, problems: Record<string, string>, sent: T) => T;
  send: (value: T) => Promise<Result<R>>;
  onSaved?: (result: R) => void;
  /** What the app's issue paths start with before the form's own field paths ('data.', 'items.'). */
  refusalPrefix?: string;
  delay?: number;
}

/**
 * A form that saves itself as it is typed, through the one save pipeline (saver.ts): `errors`
 * holds what is wrong by field (the form's own check, and what the app refused last), `restored`
 * says that a draft of an earlier visit was put back (and is being sent).
 */
export function useSavedForm<T, R>(options: SavedFormOptions<T, R>) {
  const { t } = useTranslation();
  const sme = useDraftOwner();
  const latest = useRef({ options, t });
  latest.current = { options, t };
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [saver] = useState(
    () =>
      new RecordSaver<T, R>({
        draftKey: options.draftKey,
        sme,
        base: options.base ?? {},
        held: options.validPart ? options.initial() : undefined,
        delay: options.delay,
        send: (v) => latest.current.options.send(v),
        baseOf: options.baseOf && ((r, v) => latest.current.options.baseOf!(r, v)),
        onSaved: (r) => {
          setServerErrors({});
          latest.current.options.onSaved?.(r);
        },
        onRefused: (e) => setServerErrors(refusalMessages(e.issues, latest.current.options.refusalPrefix ?? '', latest.current.t)),
      }),
  );
  const [draft] = useState(() => saver.restore());
  const [form, setForm] = useState<T>(() => draft ?? options.initial());
  const [restored, setRestored] = useState(draft !== undefined);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  /** Hands a value to the saver: whole when valid, else its valid part where the form has one. */
  const change = (v: T) => {
    const { check, validPart, initial } = latest.current.options;
    const problems = check(v);
    if (Object.keys(problems).length === 0) return saver.change(v, true);
    saver.change(v, false, validPart?.(v, problems, saver.lastQueued ?? initial()));
  };

  useEffect(() => {
    const off = saver.subscribe(rerender);
    return () => {
      off();
      void saver.dispose();
    };
  }, [saver]);

  const resent = useRef(false);
  useEffect(() => {
    // A draft kept from an earlier visit goes out again (once, also in StrictMode).
    if (draft !== undefined && !resent.current) {
      resent.current = true;
      change(draft);
    }
  }, []);

  // "Restored and being saved" is over once the app has stored it: the banner must not stay beside "All changes saved".
  const stored = saver.state === 'saved';
  useEffect(() => {
    if (stored) setRestored(false);
  }, [stored]);

  const update = (next: T) => {
    setForm(next);
    change(next);
  };
  return {
    form,
    update,
    edit: (patch: Partial<T>) => update({ ...form, ...patch }),
    errors: { ...serverErrors, ...options.check(form) },
    state: saver.state,
    /** Sends what waits now (on leaving a field); resolves when the app has answered. */
    flush: () => saver.flush(),
    /** The record was deleted: its draft goes, nothing more is sent. */
    discard: () => saver.discard(),
    restored,
    dismissRestored: () => setRestored(false),
  };
}
