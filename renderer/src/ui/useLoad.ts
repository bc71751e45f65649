import type { DependencyList } from 'react';
import { useEffect, useState } from 'react';
import { allSaved } from '../saving/saver';

export interface Loaded<T> {
  data: T | null;
  /** The error code of a load that failed (translated as errors.<code>). */
  error: string | null;
  /** Replaces what was loaded (with what a save answered). */
  set: (update: (data: T) => T) => void;
}

/**
 * Loads what a screen shows, once per `deps`: `load` throws (through must()) with the app's
 * error, and an answer that arrives after the screen moved on is dropped. It reads only after
 * the saves the previous screen left behind are stored, so it never shows a record as it was
 * before the last keystroke.
 */
export function useLoad<T>(load: () => Promise<T>, deps: DependencyList): Loaded<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setData(null);
    setError(null);
    allSaved().then(load).then(
      (value) => live && setData(value),
      (e: unknown) => live && setError((e as { appError?: { code: string } }).appError?.code ?? 'internal'),
    );
    return () => {
      live = false;
    };
    // The caller names what the load depends on.
  }, deps);
  return { data, error, set: (update) => setData((d) => (d === null ? d : update(d))) };
}
