import type { PhoneAnswers, PhoneError, PhoneItem, PhoneRound, PhoneValue } from '../../api/voting-phone';
import type { AnswerValue, RoundStore, StoredRound } from './rounds';
import { newPhoneId } from './rounds';

export type Reply<T> = { ok: true; value: T } | { ok: false; error: PhoneError };
const refuse = (error: PhoneError): Reply<never> => ({ ok: false, error });

/** What the voting server may ask of the open round: nothing else of the case file is reachable. */
export interface PhoneDesk {
  round(language: string): PhoneRound;
  join(phoneId: string | undefined): Reply<{ phoneId: string }>;
  knows(phoneId: string): boolean;
  mine(phoneId: string): Reply<PhoneAnswers>;
  /** Resolves once the answer is on disk (or refused). */
  answer(phoneId: string, itemId: string, value: PhoneValue): Promise<Reply<PhoneAnswers>>;
}

interface Pending {
  phoneId: string;
  itemId: string;
  value: PhoneValue;
  done: (reply: Reply<PhoneAnswers>) => void;
}

export interface DeskOptions {
  round: StoredRound;
  store: RoundStore;
  /** The round's items in a language (the item ids do not depend on it). */
  items: (language: string) => PhoneRound;
  maxPhones: number;
  /** Re-reads the round's status, so a round closed underneath refuses at once. */
  isOpen: () => boolean;
}

const MAX_TEXT = 500;

/** The open round's counter: checks each answer against the round's items and stores it at once. */
export function createDesk({ round, store, items, maxPhones, isOpen }: DeskOptions): PhoneDesk {
  const known = new Map<string, PhoneItem>(items('en').items.map((i) => [i.id, i]));
  const dots = round.setup.kind === 'dots' ? round.setup.dots : 0;
  const phones = new Set<string>();
  const knows = (phoneId: string) => phones.has(phoneId) || (store.hasPhone(round.id, phoneId) && phones.add(phoneId) !== undefined);

  function check(item: PhoneItem, value: PhoneValue, others: Record<string, AnswerValue>): Reply<AnswerValue | null> {
    if (value === null) return { ok: true, value: null };
    switch (item.type) {
      case 'rating':
        return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 5 ? { ok: true, value } : refuse('invalid');
      case 'choice':
        return Number.isInteger(value) && (value as number) >= 0 && (value as number) < (item.options?.length ?? 0) ? { ok: true, value } : refuse('invalid');
      case 'dots': {
        if (!Number.isInteger(value) || (value as number) < 0) return refuse('invalid');
        const elsewhere = Object.entries(others).reduce((sum, [id, v]) => sum + (id !== item.id && typeof v === 'number' ? v : 0), 0);
        if (elsewhere + (value as number) > dots) return refuse('too_many_dots');
        return { ok: true, value: value === 0 ? null : value };
      }
      case 'text': {
        if (typeof value !== 'string' || value.length > MAX_TEXT) return refuse('invalid');
        const text = value.trim();
        return { ok: true, value: text ? text : null };
      }
    }
  }

  // Group commit: the answers that arrive while the disk is busy with one write go together in the
  // next, each still confirmed only once it is stored. With 40 phones at once, one fsync per
  // answer would queue them for the better part of a second.
  let pending: Pending[] = [];
  function write({ phoneId, itemId, value }: Pending): Reply<PhoneAnswers> {
    const item = known.get(itemId);
    if (!item) return refuse('invalid');
    // Checked against what is stored, inside the write: two requests at once cannot both spend the last dot.
    const current = store.answersOf(round.id, phoneId);
    const checked = check(item, value, current);
    if (!checked.ok) return checked;
    store.setAnswer(round.id, phoneId, itemId, checked.value);
    const answers = { ...current };
    if (checked.value === null) delete answers[itemId];
    else answers[itemId] = checked.value;
    return { ok: true, value: { answers } };
  }
  function flush() {
    const batch = pending;
    pending = [];
    let replies: Reply<PhoneAnswers>[];
    try {
      replies = isOpen() ? store.inOneWrite(() => batch.map(write)) : batch.map(() => refuse('closed'));
    } catch (error) {
      console.error('[socialsme] storing answers failed', error);
      replies = batch.map(() => refuse('offline'));
    }
    batch.forEach((p, i) => p.done(replies[i]!));
  }

  return {
    round: (language) => items(language),
    knows,
    join(phoneId) {
      if (!isOpen()) return refuse('closed');
      // A phone that lost the connection comes back with the id it was given, and its answers.
      if (phoneId && knows(phoneId)) return { ok: true, value: { phoneId } };
      if (store.phoneCount(round.id) >= maxPhones) return refuse('full');
      const id = newPhoneId();
      store.join(round.id, id);
      phones.add(id);
      return { ok: true, value: { phoneId: id } };
    },
    mine(phoneId) {
      if (!knows(phoneId)) return refuse('unknown_phone');
      return { ok: true, value: { answers: store.answersOf(round.id, phoneId) } };
    },
    answer(phoneId, itemId, value) {
      if (!isOpen()) return Promise.resolve(refuse('closed'));
      if (!knows(phoneId)) return Promise.resolve(refuse('unknown_phone'));
      if (!known.has(itemId)) return Promise.resolve(refuse('invalid'));
      return new Promise((done) => {
        pending.push({ phoneId, itemId, value, done });
        if (pending.length === 1) setImmediate(flush);
      });
    },
  };
}
