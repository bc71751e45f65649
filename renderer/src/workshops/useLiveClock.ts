import { useCallback, useEffect, useState } from 'react';
import { useDraftOwner } from '../saving/owner';
import { readJson, remove, writeJson } from '../saving/storage';

const liveClockKey = (workshopId: string) => `socialsme.live.${workshopId}`;

/** What is kept in localStorage: enough to resume exactly after a reload or a crash. */
export interface ClockState {
  /** The block on screen. */
  current: string;
  /** Milliseconds spent in each block, not counting the run in progress. */
  elapsed: Record<string, number>;
  /** Epoch ms when the clock was last started on `current`; null while paused. */
  runningSince: number | null;
  /** Epoch ms of the very first start: when the workshop actually began. */
  startedAt: number | null;
}

export interface TimedBlock {
  id: string;
  minutes: number;
}

function load(workshopId: string, blocks: TimedBlock[]): ClockState {
  const first = blocks[0]?.id ?? '';
  const saved = readJson<ClockState>(liveClockKey(workshopId));
  if (!saved || typeof saved !== 'object' || typeof saved.elapsed !== 'object') return { current: first, elapsed: {}, runningSince: null, startedAt: null };
  return {
    current: blocks.some((b) => b.id === saved.current) ? saved.current : first,
    elapsed: saved.elapsed ?? {},
    runningSince: typeof saved.runningSince === 'number' ? saved.runningSince : null,
    startedAt: typeof saved.startedAt === 'number' ? saved.startedAt : null,
  };
}

/** Moves the run in progress into the current block's total. */
function commit(s: ClockState, now: number): ClockState {
  if (s.runningSince === null) return s;
  const spent = Math.max(0, now - s.runningSince);
  return { ...s, elapsed: { ...s.elapsed, [s.current]: (s.elapsed[s.current] ?? 0) + spent }, runningSince: now };
}

/**
 * The clocks of the live workshop: one per agenda block and one for the session. Time is derived
 * from timestamps, never counted by ticks, so a slow or sleeping laptop keeps the right time.
 */
export function useLiveClock(workshopId: string, blocks: TimedBlock[]) {
  const [state, setState] = useState<ClockState>(() => load(workshopId, blocks));
  const [now, setNow] = useState(() => Date.now());
  const running = state.runningSince !== null;

  // Tagged with the SME, so that purging it takes the clock along with its drafts.
  const sme = useDraftOwner();
  useEffect(() => writeJson(liveClockKey(workshopId), { ...state, sme }), [workshopId, state, sme]);
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [running]);

  const elapsedOf = (id: string) => (state.elapsed[id] ?? 0) + (running && id === state.current ? Math.max(0, now - state.runningSince!) : 0);
  const total = blocks.reduce((sum, b) => sum + elapsedOf(b.id), 0);
  const index = Math.max(0, blocks.findIndex((b) => b.id === state.current));

  const start = useCallback(() => {
    const t = Date.now();
    setNow(t);
    setState((s) => (s.runningSince !== null ? s : { ...s, runningSince: t, startedAt: s.startedAt ?? t }));
  }, []);
  const pause = useCallback(() => {
    const t = Date.now();
    setNow(t);
    setState((s) => ({ ...commit(s, t), runningSince: null }));
  }, []);
  const toggle = useCallback(() => (running ? pause() : start()), [running, pause, start]);
  /** Goes to a block; a running clock keeps running, now for that block. */
  const goTo = useCallback((id: string) => {
    const t = Date.now();
    setNow(t);
    setState((s) => ({ ...commit(s, t), current: id }));
  }, []);
  const step = useCallback(
    (delta: number) => {
      const target = blocks[Math.min(blocks.length - 1, Math.max(0, index + delta))];
      if (target && target.id !== state.current) goTo(target.id);
    },
    [blocks, index, state.current, goTo],
  );
  const reset = useCallback(() => {
    remove(liveClockKey(workshopId));
    setState({ current: blocks[0]?.id ?? '', elapsed: {}, runningSince: null, startedAt: null });
  }, [workshopId, blocks]);
  /** Forgets the clock once the workshop is finished (the duration is in the record now). */
  const clear = useCallback(() => remove(liveClockKey(workshopId)), [workshopId]);

  return { state, running, index, total, elapsedOf, start, pause, toggle, goTo, next: () => step(1), previous: () => step(-1), reset, clear };
}
