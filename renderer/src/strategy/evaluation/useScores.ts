import { useCallback, useRef, useState } from 'react';
import type { Evaluation } from '@api/strategy';
import { api } from '../../api';
import type { SaveState } from '../../ui/SaveStatus';
import type { ApplyChange } from '../useStrategy';

type Overlay = Record<string, Record<string, number | null>>;
const keyOf = (evaluationId: string, itemId: string) => `${evaluationId}/${itemId}`;

/**
 * The scores as the owner chooses them: each choice shows at once and is saved at once. A choice
 * that could not be saved stays on screen (marked failed) until a retry or another choice stores
 * it. Saves of one statement run in order and send its latest choice, so quick clicks end right.
 */
export function useScores(processId: string, apply: ApplyChange) {
  const [overlay, setOverlay] = useState<Overlay>({});
  const [failed, setFailed] = useState<ReadonlySet<string>>(new Set());
  const [state, setState] = useState<SaveState>('idle');
  const latest = useRef<Overlay>({});
  const queues = useRef(new Map<string, Promise<void>>());
  const running = useRef(0);

  const mark = (key: string, isFailed: boolean) =>
    setFailed((f) => {
      if (f.has(key) === isFailed) return f;
      const next = new Set(f);
      if (isFailed) next.add(key);
      else next.delete(key);
      return next;
    });

  const send = useCallback(
    (evaluationId: string, itemId: string) => {
      const key = keyOf(evaluationId, itemId);
      running.current += 1;
      setState('saving');
      const queued = (queues.current.get(key) ?? Promise.resolve()).then(async () => {
        const score = latest.current[evaluationId]?.[itemId] ?? null;
        const r = await api['evaluations.setScore']({ id: evaluationId, itemId, score });
        mark(key, !r.ok);
        running.current -= 1;
        if (running.current > 0) return;
        setState('saved');
        // The other tabs read the stored results: take them once the clicks have settled.
        if (r.ok) void apply(api['strategy.get']({ processId }));
      });
      queues.current.set(key, queued);
    },
    [apply, processId],
  );

  const choose = useCallback(
    (evaluationId: string, itemId: string, score: number | null) => {
      latest.current = { ...latest.current, [evaluationId]: { ...latest.current[evaluationId], [itemId]: score } };
      setOverlay(latest.current);
      send(evaluationId, itemId);
    },
    [send],
  );

  /** The evaluation's scores with the choices of this visit on top. */
  const scoresOf = useCallback(
    (e: Evaluation): Record<string, number> => {
      const out: Record<string, number> = { ...e.scores };
      for (const [itemId, score] of Object.entries(overlay[e.id] ?? {})) {
        if (score === null) delete out[itemId];
        else out[itemId] = score;
      }
      return out;
    },
    [overlay],
  );

  const hasFailed = (evaluationId: string, itemId: string) => failed.has(keyOf(evaluationId, itemId));
  const saveState: SaveState = failed.size > 0 ? 'failed' : state;
  return { scoresOf, choose, retry: send, hasFailed, state: saveState };
}
