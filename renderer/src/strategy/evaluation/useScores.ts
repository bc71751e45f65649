import { useCallback, useState } from 'react';
import type { Evaluation } from '@api/strategy';
import { api } from '../../api';
import type { SaveState } from '../../saving/saver';
import { useSavers } from '../../saving/useSavers';
import type { ApplyChange } from '../useStrategy';

type Choices = Record<string, Record<string, number | null>>;
const keyOf = (evaluationId: string, itemId: string) => `${evaluationId}/${itemId}`;

/**
 * The scores as the owner chooses them: each choice shows at once and is saved at once, one
 * statement at a time through the save pipeline (so quick clicks end right). A choice that could
 * not be saved stays on screen, marked, until a retry or another choice stores it.
 */
export function useScores(processId: string, apply: ApplyChange) {
  const [choices, setChoices] = useState<Choices>({});
  const { saverOf, all } = useSavers<number | null, { updatedAt: string }>((key) => {
    const [id, itemId] = key.split('/') as [string, string];
    return {
      // A click is stored at once; there is nothing typed to keep.
      draftKey: null,
      sme: null,
      base: {},
      delay: 0,
      send: (score) => api['evaluations.setScore']({ id, itemId, score }),
      onSaved: () => {
        // The other tabs read the stored results: take them once the clicks have settled.
        if (!all().some(([, s]) => s.busy)) void apply(api['strategy.get']({ processId }));
      },
    };
  });

  const choose = useCallback(
    (evaluationId: string, itemId: string, score: number | null) => {
      setChoices((c) => ({ ...c, [evaluationId]: { ...c[evaluationId], [itemId]: score } }));
      saverOf(keyOf(evaluationId, itemId)).change(score);
    },
    [saverOf],
  );

  /** The evaluation's scores with the choices of this visit on top. */
  const scoresOf = useCallback(
    (e: Evaluation): Record<string, number> => {
      const out: Record<string, number> = { ...e.scores };
      for (const [itemId, score] of Object.entries(choices[e.id] ?? {})) {
        if (score === null) delete out[itemId];
        else out[itemId] = score;
      }
      return out;
    },
    [choices],
  );

  const states = all().map(([, s]) => s.state);
  const state: SaveState = states.includes('failed') || states.includes('invalid') ? 'failed' : states.includes('saving') ? 'saving' : states.length > 0 ? 'saved' : 'idle';
  const hasFailed = (evaluationId: string, itemId: string) => {
    const s = all().find(([k]) => k === keyOf(evaluationId, itemId))?.[1];
    return s?.state === 'failed' || s?.state === 'invalid';
  };
  return { scoresOf, choose, retry: (evaluationId: string, itemId: string) => void saverOf(keyOf(evaluationId, itemId)).retry(), hasFailed, state };
}
