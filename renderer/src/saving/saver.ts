import type { AppError, ErrorCode, Result } from '@api/result';
import type { Base } from './drafts';
import { drafts, isStale, outdated } from './drafts';

/**
 * What the facilitator is told about one record (see ui/SaveStatus). `partial`: the marked fields
 * are not stored yet, everything else of the record is.
 */
export type SaveState = 'idle' | 'saved' | 'saving' | 'invalid' | 'partial' | 'failed';

export interface SaverOptions<T, R> {
  /** Where the draft is kept on this computer; null keeps nothing (a value that is stored at once). */
  draftKey: string | null;
  /** The SME the record belongs to: purging it clears the draft. */
  sme: string | null;
  /** What the server holds now, as the editor was opened. */
  base: Base;
  /** The value as the app holds it when the editor opens, if known: a valid part equal to it is not sent. */
  held?: T;
  send: (value: T) => Promise<Result<R>>;
  /** What the server holds after it stored `sent` (its new `updatedAt`, its part). */
  baseOf?: (result: R, sent: T) => Base;
  /** Milliseconds after the last change before it is sent. */
  delay?: number;
  onSaved?: (result: R, sent: T) => void;
  /** The app refused the value (error.issues says why, by field). */
  onRefused?: (error: AppError) => void;
}

/** Codes for which asking again may help (the host did not answer, the database was busy). */
const TRANSPORT: readonly ErrorCode[] = ['internal', 'db_locked'];
export const RETRY_FIRST_MS = 1000;
export const RETRY_MAX_MS = 30_000;

/** Saves under way, so that a screen about to read a record waits for the last keystroke. */
const active = new Set<RecordSaver<unknown, unknown>>();

/**
 * Waits until every change already made is stored or has failed: changes still waiting for their
 * delay go out now. A value waiting for a retry is not waited for (the host may be gone).
 */
export async function allSaved(): Promise<void> {
  for (;;) {
    const busy = [...active].filter((s) => s.busy);
    if (busy.length === 0) return;
    await Promise.allSettled(busy.map((s) => s.flush()));
  }
}

/**
 * Saves one record (a form, a row, one answer) as it is typed: shortly after the last change,
 * one request at a time, so an older value can never overwrite a newer one. Every change is kept
 * as a draft until the app confirms it; a value the app refuses stays (with its reasons, by
 * field) until it is corrected; a value the host did not take is sent again, less and less often.
 */
export class RecordSaver<T, R> {
  state: SaveState = 'idle';
  error: AppError | null = null;
  private base: Base;
  private pending: { value: T } | null = null;
  /** The latest value that is not stored: sent again by retry(). */
  private unsaved: { value: T } | null = null;
  private latestInvalid = false;
  /** The latest change is invalid, but the rest of it went out (see change()). */
  private latestPartial = false;
  /** The last value handed to the app to store (a form's valid part included). */
  private queued: { value: T } | null = null;
  /** Sends queued and not answered yet. */
  private sending = 0;
  private chain: Promise<void> = Promise.resolve();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;
  private readonly listeners = new Set<() => void>();

  constructor(private options: SaverOptions<T, R>) {
    this.base = options.base;
    if (options.held !== undefined) this.queued = { value: options.held };
  }

  /** True while a change waits for its delay or is on its way. */
  get busy(): boolean {
    return this.pending !== null || this.sending > 0;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * The draft kept from an earlier visit, unless the server holds something newer of this record
   * than what it was typed on: then it is dropped, not sent over what the server has.
   */
  restore(): T | undefined {
    const key = this.options.draftKey;
    if (key === null) return undefined;
    const draft = drafts.read<T>(key);
    if (!draft) return undefined;
    if (isStale(draft.base, this.base, draft.value)) {
      drafts.clear(key);
      outdated.note();
      return undefined;
    }
    return draft.value;
  }

  /** The last value sent (or waiting to be sent) to the app, if any. */
  get lastQueued(): T | undefined {
    return this.pending?.value ?? this.queued?.value;
  }

  /**
   * A new value typed. `valid: false` keeps it (as a draft) but does not send it; with `validPart`
   * (the value with its invalid fields as last sent) that part is sent, so one field being
   * corrected does not hold back the others, while the draft keeps everything as typed.
   */
  change(value: T, valid = true, validPart?: T): void {
    this.keep(value);
    this.clearTimers();
    this.failures = 0;
    this.latestInvalid = !valid;
    this.latestPartial = !valid && validPart !== undefined;
    const sent = valid ? value : validPart;
    if (sent === undefined) {
      this.unsaved = { value };
      this.pending = null;
      return this.set('invalid', null);
    }
    const stored = this.unsaved === null || this.sending > 0;
    if (!valid && this.pending === null && stored && this.queued !== null && sameJson(this.queued.value, sent)) {
      // The valid part is what the app holds (or is storing): nothing new to send.
      return this.set(this.sending > 0 ? 'saving' : 'partial', null);
    }
    this.unsaved = { value: sent };
    this.pending = { value: sent };
    this.set('saving', null);
    this.timer = setTimeout(() => void this.flush(), this.options.delay ?? 350);
    active.add(this as RecordSaver<unknown, unknown>);
  }

  /** Sends what waits for its delay now; resolves when everything queued so far has answered. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.pending === null) return this.chain;
    const { value } = this.pending;
    this.pending = null;
    this.queued = { value };
    this.sending++;
    active.add(this as RecordSaver<unknown, unknown>);
    this.chain = this.chain.then(() => this.send(value));
    return this.chain;
  }

  /** Sends again the latest value that was not stored (after its reason was fixed elsewhere). */
  retry(): Promise<void> {
    if (this.unsaved === null || (this.latestInvalid && !this.latestPartial)) return this.chain;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.pending = this.unsaved;
    this.set('saving', null);
    return this.flush();
  }

  /** The record is gone (deleted): nothing of it is sent or kept any more. */
  discard(): void {
    this.clearTimers();
    this.pending = null;
    this.unsaved = null;
    if (this.options.draftKey !== null) drafts.clear(this.options.draftKey);
    this.set('idle', null);
  }

  /** The screen goes away: what waits is sent now; a scheduled retry is left to the next visit (its draft stays). */
  dispose(): Promise<void> {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.listeners.clear();
    return this.flush();
  }

  private async send(value: T): Promise<void> {
    let r: Result<R>;
    try {
      r = await this.options.send(value);
    } catch (e) {
      r = { ok: false, error: { code: 'internal', message: String(e) } };
    }
    this.sending--;
    // A newer change waits or is on its way: its save reports.
    const newer = this.busy;
    if (!newer) active.delete(this as RecordSaver<unknown, unknown>);
    if (r.ok) {
      this.base = this.options.baseOf?.(r.value, value) ?? this.base;
      this.failures = 0;
      if (this.unsaved && sameJson(this.unsaved.value, value)) this.unsaved = null;
      this.forget(value);
      this.options.onSaved?.(r.value, value);
      if (newer) return;
      return this.set(this.latestPartial ? 'partial' : this.latestInvalid ? 'invalid' : 'saved', null);
    }
    if (newer) return;
    if (r.error.code === 'validation') {
      this.options.onRefused?.(r.error);
      return this.set('invalid', r.error);
    }
    this.set('failed', r.error);
    if (TRANSPORT.includes(r.error.code)) this.scheduleRetry(value);
  }

  private scheduleRetry(value: T) {
    const wait = Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** this.failures);
    this.failures++;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (this.pending !== null || !this.unsaved || !sameJson(this.unsaved.value, value)) return;
      this.pending = { value };
      this.set('saving', null);
      void this.flush();
    }, wait);
  }

  private keep(value: T) {
    const key = this.options.draftKey;
    if (key !== null) drafts.write(key, { value, base: this.base, sme: this.options.sme });
  }

  /** The value is stored: its draft goes, unless a newer one was typed meanwhile; that one moves onto the new base. */
  private forget(value: T) {
    const key = this.options.draftKey;
    if (key === null) return;
    const kept = drafts.read<T>(key);
    if (!kept) return;
    if (sameJson(kept.value, value)) drafts.clear(key);
    else drafts.write(key, { ...kept, base: this.base });
  }

  private clearTimers() {
    if (this.timer) clearTimeout(this.timer);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.timer = null;
    this.retryTimer = null;
  }

  private set(state: SaveState, error: AppError | null) {
    this.state = state;
    this.error = error;
    for (const l of this.listeners) l();
  }
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
