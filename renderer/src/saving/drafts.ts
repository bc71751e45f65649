/**
 * What was typed but is not stored yet, kept in the renderer's own storage (localStorage) until
 * the app confirms it. The meeting room is where text gets lost (a laptop lid closes, the host is
 * restarted), so a draft outlives the screen, a reload and a crash.
 *
 * Each draft carries what the server held when it was typed (`base`) and the SME it belongs to:
 * a draft the server has moved past is not sent again, and purging an SME takes its drafts along.
 */

/** The part of the Web Storage interface the drafts use (injected in tests). */
export interface DraftStore {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** What the server held when a draft was typed on top of it. */
export interface Base {
  /** The record's `updatedAt`, where it has one. */
  version?: string;
  /** What the server held of the part this editor changes (compared, never sent). */
  part?: unknown;
}

export interface Draft<T> {
  value: T;
  base: Base;
  sme: string | null;
}

/** Every key of the app's own storage starts so. */
export const PREFIX = 'socialsme.';

let injected: DraftStore | null = null;

/** Tests give the drafts a store of their own; null goes back to the browser's localStorage. */
export function setDraftStore(store: DraftStore | null): void {
  injected = store;
}

function store(): DraftStore | null {
  return injected ?? (globalThis as { localStorage?: DraftStore }).localStorage ?? null;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

interface Envelope<T> extends Draft<T> {
  draft: 1;
}

function isEnvelope(v: unknown): v is Envelope<unknown> {
  return typeof v === 'object' && v !== null && (v as { draft?: unknown }).draft === 1 && 'value' in v;
}

function parse(raw: string | null): unknown {
  if (raw === null) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

export const drafts = {
  /** The draft kept under `key`; a bare value written by an earlier version counts as a draft with nothing known of its base. */
  read<T>(key: string): Draft<T> | undefined {
    let raw: string | null = null;
    try {
      raw = store()?.getItem(key) ?? null;
    } catch {
      return undefined;
    }
    const parsed = parse(raw);
    if (parsed === undefined) return undefined;
    if (isEnvelope(parsed)) return { value: parsed.value as T, base: parsed.base ?? {}, sme: parsed.sme ?? null };
    return { value: parsed as T, base: {}, sme: null };
  },

  write<T>(key: string, draft: Draft<T>): void {
    try {
      store()?.setItem(key, JSON.stringify({ draft: 1, ...draft } satisfies Envelope<T>));
    } catch {
      // Storage full or disabled: the screen still holds the value.
    }
  },

  clear(key: string): void {
    try {
      store()?.removeItem(key);
    } catch {
      // Nothing to do.
    }
  },

  /** Clears the draft only while it still holds `value`: a newer one typed meanwhile stays. */
  clearIfSame(key: string, value: unknown): void {
    const kept = drafts.read(key);
    if (kept && sameJson(kept.value, value)) drafts.clear(key);
  },

  /** Keys of the drafts kept under `prefix`. */
  keys(prefix: string): string[] {
    const s = store();
    const out: string[] = [];
    try {
      for (let i = 0; s && i < s.length; i++) {
        const k = s.key(i);
        if (k?.startsWith(prefix)) out.push(k);
      }
    } catch {
      // Storage disabled: nothing was kept.
    }
    return out;
  },

  has(prefix: string): boolean {
    return drafts.keys(prefix).length > 0;
  },

  /** Removes everything of the app's storage that belongs to the SME (after it was purged); answers how many. */
  clearSme(smeId: string): number {
    const s = store();
    let removed = 0;
    for (const k of drafts.keys(PREFIX)) {
      const parsed = parse(s?.getItem(k) ?? null);
      if (typeof parsed === 'object' && parsed !== null && (parsed as { sme?: unknown }).sme === smeId) {
        drafts.clear(k);
        removed++;
      }
    }
    return removed;
  },
};

let setAside = 0;
const outdatedListeners = new Set<(count: number) => void>();

/**
 * Drafts dropped because the server had moved past them: the facilitator is told (ui: OutdatedNotice),
 * since what they typed is not what they see.
 */
export const outdated = {
  note(): void {
    setAside++;
    // Told after the render that found it, never during it.
    queueMicrotask(() => {
      for (const l of outdatedListeners) l(setAside);
    });
  },
  subscribe(listener: (count: number) => void): () => void {
    outdatedListeners.add(listener);
    if (setAside > 0) listener(setAside);
    return () => outdatedListeners.delete(listener);
  },
};

/**
 * A draft is stale when the server holds something newer of its part than what it was typed on:
 * sending it would overwrite that (an agenda draft still waiting must not overwrite the minutes
 * live mode recorded). A newer `updatedAt` alone is not enough where the editor names its part,
 * since several editors may share one record.
 */
export function isStale(draft: Base, now: Base, typed?: unknown): boolean {
  if (draft.version === undefined && draft.part === undefined) return false; // nothing known: as before
  const newer = draft.version !== undefined && now.version !== undefined ? now.version > draft.version : true;
  if (!newer) return false;
  if (draft.part !== undefined && now.part !== undefined) return !sameJson(draft.part, now.part) && !caughtUp(draft.part, now.part, typed);
  return draft.version !== undefined && now.version !== undefined;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The server's part differs from the draft's base only where it now holds what the draft itself
 * typed: the draft's own save landed (the page was left while it was on its way), not someone
 * else's change. Such a draft is not stale; dropping it lost the field still being corrected.
 */
function caughtUp(base: unknown, now: unknown, typed: unknown): boolean {
  if (!isRecord(base) || !isRecord(now) || !isRecord(typed)) return false;
  return Object.keys({ ...base, ...now }).every((k) => sameJson(base[k], now[k]) || sameJson(now[k], typed[k]));
}
