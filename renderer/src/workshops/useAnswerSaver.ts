import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnswerValue } from '@api/workshops';
import type { AppError } from '@api/result';
import { api } from '../api';
import { answerDraftKey, readJson, removeIfSame, track, writeJson } from '../saving/storage';

export type FieldSave =
  | { state: 'saving' }
  | { state: 'saved' }
  /** The app refused the value (error.issues says why) or could not store it. */
  | { state: 'invalid' | 'failed'; error: AppError };

const DELAY = 250;
/** A host that did not answer is asked again; a refused value waits for the next change. */
const RETRY = 4000;

/**
 * Saves each field of one worksheet on its own, shortly after the last keystroke, one request
 * at a time per field (so an older value can never overwrite a newer one). Until the app has
 * confirmed a value it stays in localStorage; drafts found on mount are shown and sent again.
 */
export function useAnswerSaver(workshopId: string, worksheetId: string, fieldIds: string[], initial: Record<string, AnswerValue>) {
  const [drafts] = useState(() => {
    const found: Record<string, AnswerValue> = {};
    for (const f of fieldIds) {
      const draft = readJson<AnswerValue>(answerDraftKey(workshopId, worksheetId, f));
      if (draft !== undefined) found[f] = draft;
    }
    return found;
  });
  const [values, setValues] = useState<Record<string, AnswerValue>>(() => ({ ...initial, ...drafts }));
  const [status, setStatus] = useState<Record<string, FieldSave>>({});
  const pending = useRef(new Map<string, AnswerValue>());
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const retries = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const queues = useRef(new Map<string, Promise<void>>());
  const mounted = useRef(true);
  const resent = useRef(false);
  const latest = useRef({ values, status });
  latest.current = { values, status };

  const report = useCallback((fieldId: string, s: FieldSave) => {
    if (mounted.current) setStatus((prev) => ({ ...prev, [fieldId]: s }));
  }, []);

  const send = useCallback(
    async (fieldId: string, value: AnswerValue): Promise<void> => {
      const key = answerDraftKey(workshopId, worksheetId, fieldId);
      const r = await api['workshops.saveAnswer']({ workshopId, worksheetId, fieldId, value });
      if (r.ok) removeIfSame(key, value);
      if (pending.current.has(fieldId)) return; // a newer value is queued; its save reports
      if (r.ok) return report(fieldId, { state: 'saved' });
      const refused = r.error.code === 'validation';
      report(fieldId, { state: refused ? 'invalid' : 'failed', error: r.error });
      if (!refused && r.error.code !== 'not_found' && mounted.current) {
        retries.current.set(fieldId, setTimeout(() => retryField(fieldId, value), RETRY));
      }
    },
    // retryField is declared below and only reads refs.
    [workshopId, worksheetId, report],
  );

  const flush = useCallback(
    (fieldId: string): Promise<void> => {
      const timer = timers.current.get(fieldId);
      if (timer) clearTimeout(timer);
      timers.current.delete(fieldId);
      const previous = queues.current.get(fieldId) ?? Promise.resolve();
      if (!pending.current.has(fieldId)) return previous;
      const value = pending.current.get(fieldId)!;
      pending.current.delete(fieldId);
      // Tracked at once, so a screen mounting right after this one waits for it.
      const next = track(previous.then(() => send(fieldId, value)));
      queues.current.set(fieldId, next);
      return next;
    },
    [send],
  );

  function retryField(fieldId: string, value: AnswerValue) {
    retries.current.delete(fieldId);
    if (pending.current.has(fieldId)) return;
    pending.current.set(fieldId, value);
    report(fieldId, { state: 'saving' });
    void flush(fieldId);
  }

  const change = useCallback(
    (fieldId: string, value: AnswerValue) => {
      setValues((prev) => ({ ...prev, [fieldId]: value }));
      writeJson(answerDraftKey(workshopId, worksheetId, fieldId), value);
      pending.current.set(fieldId, value);
      report(fieldId, { state: 'saving' });
      clearTimeout(retries.current.get(fieldId));
      retries.current.delete(fieldId);
      const timer = timers.current.get(fieldId);
      if (timer) clearTimeout(timer);
      timers.current.set(fieldId, setTimeout(() => void flush(fieldId), DELAY));
    },
    [workshopId, worksheetId, flush, report],
  );

  const flushAll = useCallback(() => Promise.all([...pending.current.keys()].map((f) => flush(f))).then(() => undefined), [flush]);

  /** Sends again every field the app did not store (after the reason was fixed elsewhere). */
  const retry = useCallback(() => {
    for (const [fieldId, s] of Object.entries(latest.current.status)) {
      if (s.state !== 'failed' && s.state !== 'invalid') continue;
      clearTimeout(retries.current.get(fieldId));
      retries.current.delete(fieldId);
      pending.current.set(fieldId, latest.current.values[fieldId] ?? null);
      report(fieldId, { state: 'saving' });
    }
    void flushAll();
  }, [flushAll, report]);

  useEffect(() => {
    mounted.current = true;
    // Drafts left by a crash or a lost connection go out again at once (once, also in StrictMode).
    if (!resent.current) {
      resent.current = true;
      for (const [fieldId, value] of Object.entries(drafts)) {
        pending.current.set(fieldId, value);
        report(fieldId, { state: 'saving' });
        void flush(fieldId);
      }
    }
    const waiting = retries.current;
    return () => {
      mounted.current = false;
      // Values still waiting for a retry stay in localStorage and go out on the next visit.
      for (const timer of waiting.values()) clearTimeout(timer);
      waiting.clear();
      void flushAll();
    };
  }, [drafts, flush, flushAll, report]);

  return { values, status, restored: Object.keys(drafts), change, flush, flushAll, retry };
}
