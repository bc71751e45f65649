import { useRef, useSyncExternalStore } from 'react';
import type { Route } from '../router';
import { parseRoute } from '../router';

/** How long "Undo" is offered after a delete, unless the pointer or the keyboard is on it. */
export const UNDO_SECONDS = 10;

export interface UndoOffer {
  /** Already translated: "Objective “…” deleted." */
  message: string;
  /** Brings the deleted thing back; false when the app refused. */
  undo: () => Promise<boolean> | boolean;
}

export interface Current extends UndoOffer {
  id: number;
  /** The screen it was made on (see placeOf). */
  place: string;
}

/** A screen and the record it shows; its tabs are one place (an undo stays while tabs change). */
export const placeOf = (route: Route) => `${route.screen}/${'id' in route ? route.id : ''}`;

// One offer at a time, as in a mail program: a second delete replaces the first one's "Undo".
let current: Current | null = null;
let counter = 0;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

/** Shows "… deleted — Undo" (UndoNotice, in the app's frame). */
export function offerUndo(offer: UndoOffer): void {
  current = { ...offer, id: ++counter, place: placeOf(parseRoute(window.location.hash)) };
  emit();
}

/** Takes the offer `id` away (when it timed out, was used or closed); a newer one stays. */
export function withdrawUndo(id: number): void {
  if (current?.id !== id) return;
  current = null;
  emit();
}

export function useUndoOffer(): Current | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}

/**
 * Removing a row of a form that is saved as a whole (contacts, participants, homework, agenda
 * blocks): the row leaves the form at once and "Undo" puts it back where it was, into the form
 * as it is by then; the save pipeline then saves it again like any change.
 */
export function useRemoveRow<Row>(rows: readonly Row[], change: (rows: Row[]) => void, keyOf: (row: Row) => string) {
  const latest = useRef({ rows, change });
  latest.current = { rows, change };
  return (index: number, message: string) => {
    const row = rows[index];
    if (row === undefined) return;
    change(rows.filter((_, j) => j !== index));
    offerUndo({
      message,
      undo: () => {
        const now = latest.current;
        if (!now.rows.some((r) => keyOf(r) === keyOf(row))) now.change([...now.rows.slice(0, index), row, ...now.rows.slice(index)]);
        return true;
      },
    });
  };
}
