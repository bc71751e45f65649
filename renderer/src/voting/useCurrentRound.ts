import { useCallback, useEffect, useState } from 'react';
import type { OpenRound } from '@api/voting';
import { FACILITATOR_POLL_MS } from '@api/voting';
import { api } from '../api';

const IDLE_POLL_MS = 3000;

/**
 * The open voting round with its live results, asked for every half second while a screen shows
 * it (IPC has no push; polling a small aggregate is cheap and keeps the delay well under a second).
 * With no round open, every few seconds: only to notice one opened in another window.
 */
export function useCurrentRound() {
  const [round, setRound] = useState<OpenRound | null>(null);
  const refresh = useCallback(async () => {
    const r = await api['voting.current']();
    if (r.ok) setRound(r.value);
    return r.ok ? r.value : null;
  }, []);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout>;
    const tick = async () => {
      const open = await refresh();
      if (live) timer = setTimeout(() => void tick(), open ? FACILITATOR_POLL_MS : IDLE_POLL_MS);
    };
    void tick();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [refresh]);
  return { round, refresh };
}
