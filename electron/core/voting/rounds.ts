import { randomBytes, randomUUID } from 'node:crypto';
import { AppFailure } from '../../api/result';
import type { PhoneScores, RoundSetup, RoundView } from '../../api/voting';
import type { PhoneItem } from '../../api/voting-phone';
import type { Statement } from 'better-sqlite3';
import type { Db } from '../db/open';
import { itemResults } from './results';

interface RoundRow {
  id: string; workshop_id: string; process_id: string; kind: string; setup: string; room_code: string;
  status: 'open' | 'closed'; opened_at: string; closed_at: string | null;
}
export interface StoredRound { id: string; workshopId: string; processId: string; setup: RoundSetup; roomCode: string; status: 'open' | 'closed'; openedAt: string; closedAt: string | null }

export type AnswerValue = number | string;

// No 0/O, 1/I/L: a code read off a projector and typed on a phone.
const CODE_LETTERS = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const ROOM_CODE = /^[A-HJ-NP-Z2-9]{6}$/;
export const newRoomCode = () => [...randomBytes(6)].map((b) => CODE_LETTERS[b % CODE_LETTERS.length]).join('');
export const newPhoneId = () => randomBytes(16).toString('base64url');

const SELECT = 'SELECT r.*, w.process_id FROM voting_rounds r JOIN workshops w ON w.id = r.workshop_id';
const toRound = (r: RoundRow): StoredRound => ({
  id: r.id, workshopId: r.workshop_id, processId: r.process_id, setup: JSON.parse(r.setup) as RoundSetup, roomCode: r.room_code,
  status: r.status, openedAt: r.opened_at, closedAt: r.closed_at,
});

/** The voting rounds in the case file and the anonymous answers of their phones. */
export class RoundStore {
  // The statements a phone's answer runs, prepared once: a round of 40 phones runs them thousands of times.
  private readonly statements: Record<'hasPhone' | 'answersOf' | 'upsert' | 'remove', Statement>;

  constructor(private readonly db: Db) {
    this.statements = {
      hasPhone: db.prepare('SELECT 1 FROM voting_phones WHERE round_id = ? AND phone_id = ?'),
      answersOf: db.prepare('SELECT item_id, value FROM voting_answers WHERE round_id = ? AND phone_id = ?'),
      upsert: db.prepare(`INSERT INTO voting_answers (round_id, phone_id, item_id, value, answered_at) VALUES (?, ?, ?, ?, ?)
                          ON CONFLICT (round_id, phone_id, item_id) DO UPDATE SET value = excluded.value, answered_at = excluded.answered_at`),
      remove: db.prepare('DELETE FROM voting_answers WHERE round_id = ? AND phone_id = ? AND item_id = ?'),
    };
  }

  create(workshopId: string, setup: RoundSetup, now = new Date()): StoredRound {
    if (!this.db.prepare('SELECT 1 FROM workshops WHERE id = ?').get(workshopId)) throw new AppFailure('not_found', `No workshop with id ${workshopId}`);
    const id = randomUUID();
    this.db
      .prepare("INSERT INTO voting_rounds (id, workshop_id, kind, setup, room_code, status, opened_at) VALUES (?, ?, ?, ?, ?, 'open', ?)")
      .run(id, workshopId, setup.kind, JSON.stringify(setup), newRoomCode(), now.toISOString());
    return this.get(id);
  }

  get(id: string): StoredRound {
    const row = this.db.prepare(`${SELECT} WHERE r.id = ?`).get(id) as RoundRow | undefined;
    if (!row) throw new AppFailure('not_found', `No voting round with id ${id}`);
    return toRound(row);
  }

  /** Rounds left open by a crash are closed when the app starts again: no server listens for them. */
  closeAllOpen(now = new Date()): void {
    this.db.prepare("UPDATE voting_rounds SET status = 'closed', closed_at = ? WHERE status = 'open'").run(now.toISOString());
  }

  setStatus(id: string, status: 'open' | 'closed', now = new Date()): void {
    this.db.prepare('UPDATE voting_rounds SET status = ?, closed_at = ? WHERE id = ?').run(status, status === 'closed' ? now.toISOString() : null, id);
  }

  listForWorkshop(workshopId: string): StoredRound[] {
    return (this.db.prepare(`${SELECT} WHERE r.workshop_id = ? ORDER BY r.opened_at`).all(workshopId) as RoundRow[]).map(toRound);
  }

  listForProcess(processId: string, kind?: string): StoredRound[] {
    const rows = this.db.prepare(`${SELECT} WHERE w.process_id = ? ORDER BY r.opened_at`).all(processId) as RoundRow[];
    return rows.filter((r) => !kind || r.kind === kind).map(toRound);
  }

  join(roundId: string, phoneId: string, now = new Date()): void {
    this.db.prepare('INSERT OR IGNORE INTO voting_phones (round_id, phone_id, joined_at) VALUES (?, ?, ?)').run(roundId, phoneId, now.toISOString());
  }

  hasPhone(roundId: string, phoneId: string): boolean {
    return !!this.statements.hasPhone.get(roundId, phoneId);
  }

  phoneCount(roundId: string): number {
    return (this.db.prepare('SELECT count(*) AS n FROM voting_phones WHERE round_id = ?').get(roundId) as { n: number }).n;
  }

  answersOf(roundId: string, phoneId: string): Record<string, AnswerValue> {
    const rows = this.statements.answersOf.all(roundId, phoneId) as { item_id: string; value: AnswerValue }[];
    return Object.fromEntries(rows.map((r) => [r.item_id, r.value]));
  }

  /** Runs `fn` in one transaction: one write to disk for a batch of answers. */
  inOneWrite<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  /** One answer written (or taken back) at once, in its own transaction: a crash loses none that was confirmed. */
  setAnswer(roundId: string, phoneId: string, itemId: string, value: AnswerValue | null, now = new Date()): void {
    if (value === null) this.statements.remove.run(roundId, phoneId, itemId);
    else this.statements.upsert.run(roundId, phoneId, itemId, value, now.toISOString());
  }

  /** The round with its results: counts and per-item aggregates, never who answered what. */
  view(round: StoredRound, items: PhoneItem[]): RoundView {
    const rows = this.db.prepare('SELECT phone_id, item_id, value FROM voting_answers WHERE round_id = ? ORDER BY answered_at').all(round.id) as
      { phone_id: string; item_id: string; value: AnswerValue }[];
    return {
      ...round,
      joined: this.phoneCount(round.id),
      answered: new Set(rows.map((r) => r.phone_id)).size,
      items: itemResults(items, rows),
    };
  }

  /** One score set per phone that scored anything, numbered in the order the phones joined. */
  scoreSets(roundId: string): PhoneScores[] {
    const rows = this.db
      .prepare(`SELECT a.phone_id, a.item_id, a.value FROM voting_answers a JOIN voting_phones p USING (round_id, phone_id)
                WHERE a.round_id = ? ORDER BY p.joined_at, p.phone_id`)
      .all(roundId) as { phone_id: string; item_id: string; value: number }[];
    const sets = new Map<string, Record<string, number>>();
    for (const r of rows) sets.set(r.phone_id, { ...sets.get(r.phone_id), [r.item_id]: r.value });
    return [...sets.values()].map((scores, i) => ({ phone: i + 1, scores }));
  }
}
