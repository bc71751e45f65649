import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { SaverOptions } from './saver';
import { RecordSaver } from './saver';

/**
 * Many small records saved on their own (the fields of a worksheet, the statements of a
 * self-evaluation): one saver each, made when first used; the component re-renders when any of
 * them reports, and leaving the screen sends what still waits.
 */
export function useSavers<T, R>(make: (id: string) => SaverOptions<T, R>) {
  const savers = useRef(new Map<string, RecordSaver<T, R>>());
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const latest = useRef(make);
  latest.current = make;

  const saverOf = useCallback((id: string) => {
    let s = savers.current.get(id);
    if (!s) {
      s = new RecordSaver(latest.current(id));
      s.subscribe(rerender);
      savers.current.set(id, s);
    }
    return s;
  }, []);

  useEffect(() => {
    const all = savers.current;
    for (const s of all.values()) s.subscribe(rerender);
    return () => {
      for (const s of all.values()) void s.dispose();
    };
  }, []);

  return { saverOf, all: () => [...savers.current.entries()] };
}
