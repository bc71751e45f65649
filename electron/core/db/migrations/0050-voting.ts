import type { Migration } from './types';

/**
 * Voting rounds of a workshop: what was asked (setup, JSON of the contract's RoundSetup), the
 * room code the phones need, and every phone's answers, written one by one as they arrive so that
 * a crash mid-round loses nothing. Phones are anonymous: a random id, never a name.
 */
export const migration0050: Migration = {
  version: 50,
  name: 'voting',
  up: `
    CREATE TABLE voting_rounds (
      id TEXT PRIMARY KEY NOT NULL,
      workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('self_evaluation', 'dots', 'feedback', 'question')),
      setup TEXT NOT NULL,
      room_code TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
      opened_at TEXT NOT NULL,
      closed_at TEXT
    ) STRICT;
    CREATE INDEX voting_rounds_by_workshop ON voting_rounds (workshop_id, opened_at);

    CREATE TABLE voting_phones (
      round_id TEXT NOT NULL REFERENCES voting_rounds(id) ON DELETE CASCADE,
      phone_id TEXT NOT NULL,
      joined_at TEXT NOT NULL,
      PRIMARY KEY (round_id, phone_id)
    ) STRICT, WITHOUT ROWID;

    -- value: a score, a number of dots or an option index (INTEGER), or a comment (TEXT).
    CREATE TABLE voting_answers (
      round_id TEXT NOT NULL,
      phone_id TEXT NOT NULL,
      item_id TEXT NOT NULL,
      value ANY NOT NULL,
      answered_at TEXT NOT NULL,
      PRIMARY KEY (round_id, phone_id, item_id),
      FOREIGN KEY (round_id, phone_id) REFERENCES voting_phones (round_id, phone_id) ON DELETE CASCADE
    ) STRICT, WITHOUT ROWID;
  `,
};
