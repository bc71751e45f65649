import { useEffect, useRef, useState } from 'react';
import type { AppError } from '@api/result';
import type { AnswerValue } from '@api/workshops';
import { api } from '../api';
import { drafts } from '../saving/drafts';
import { useDraftOwner } from '../saving/owner';
import { useSavers } from '../saving/useSavers';

export type FieldSave =
  | { state: 'saving' }
  | { state: 'saved' }
  /** The app refused the value (error.issues says why) or could not store it. */
  | { state: 'invalid' | 'failed'; error: AppError };

export const answerDraftKey = (workshopId: string, worksheetId: string, fieldId: string) => `socialsme.answer.${workshopId}.${worksheetId}.${fieldId}`;

/** Whether a worksheet has answers typed but not stored yet (it opens by itself). */
export const hasAnswerDrafts = (workshopId: string, worksheetId: string) => drafts.has(answerDraftKey(workshopId, worksheetId, ''));

/**
 * The answers of one worksheet, each field saved on its own shortly after the last keystroke
 * (the save pipeline keeps its order and its draft). Drafts of an earlier visit are shown and
 * sent again, unless the workshop record holds a newer answer for that field.
 */
export function useAnswers(workshopId: string, worksheetId: string, fieldIds: string[], initial: Record<string, AnswerValue>, updatedAt: string) {
  const sme = useDraftOwner();
  const { saverOf, all } = useSavers<AnswerValue, { updatedAt: string }>((fieldId) => ({
    draftKey: answerDraftKey(workshopId, worksheetId, fieldId),
    sme,
    base: { version: updatedAt, part: initial[fieldId] ?? null },
    send: (value) => api['workshops.saveAnswer']({ workshopId, worksheetId, fieldId, value }),
    baseOf: (r, sent) => ({ version: r.updatedAt, part: sent }),
    delay: 250,
  }));
  const [restored] = useState(() => {
    const found: Record<string, AnswerValue> = {};
    for (const f of fieldIds) {
      const draft = saverOf(f).restore();
      if (draft !== undefined) found[f] = draft;
    }
    return found;
  });
  const [values, setValues] = useState<Record<string, AnswerValue>>(() => ({ ...initial, ...restored }));
  const resent = useRef(false);
  useEffect(() => {
    if (resent.current) return;
    resent.current = true;
    for (const [fieldId, value] of Object.entries(restored)) saverOf(fieldId).change(value);
  }, [restored, saverOf]);

  const status: Record<string, FieldSave> = {};
  for (const [fieldId, s] of all()) {
    if (s.state === 'saving' || s.state === 'saved') status[fieldId] = { state: s.state };
    else if ((s.state === 'invalid' || s.state === 'failed') && s.error) status[fieldId] = { state: s.state, error: s.error };
  }

  return {
    values,
    status,
    restored: Object.keys(restored),
    change: (fieldId: string, value: AnswerValue) => {
      setValues((prev) => ({ ...prev, [fieldId]: value }));
      saverOf(fieldId).change(value);
    },
    flush: (fieldId: string) => saverOf(fieldId).flush(),
    /** Sends again every field the app did not store (after the reason was fixed elsewhere). */
    retry: () => {
      for (const [, s] of all()) if (s.state === 'failed' || s.state === 'invalid') void s.retry();
    },
  };
}
