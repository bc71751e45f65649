import type { Migration } from './types';

/**
 * The 6x3 process of an SME and its six workshop records: participants, homework and the
 * answers to worksheets, stored by worksheet and field id so they read in any language.
 */
export const migration0020: Migration = {
  version: 20,
  name: 'processes',
  up: `
    CREATE TABLE processes (
      id TEXT PRIMARY KEY NOT NULL,
      sme_id TEXT NOT NULL REFERENCES smes(id) ON DELETE CASCADE,
      title TEXT NOT NULL,
      language TEXT NOT NULL,
      facilitator TEXT NOT NULL DEFAULT '',
      start_date TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('planned', 'running', 'completed', 'paused')),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX processes_by_sme ON processes (sme_id, start_date);

    CREATE TABLE workshops (
      id TEXT PRIMARY KEY NOT NULL,
      process_id TEXT NOT NULL REFERENCES processes(id) ON DELETE CASCADE,
      number INTEGER NOT NULL CHECK (number BETWEEN 1 AND 6),
      planned_at TEXT,
      place TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled')),
      duration_minutes INTEGER,
      notes TEXT NOT NULL DEFAULT '',
      decisions TEXT NOT NULL DEFAULT '',
      updated_at TEXT NOT NULL,
      UNIQUE (process_id, number)
    ) STRICT;
    CREATE INDEX workshops_by_date ON workshops (planned_at);

    CREATE TABLE workshop_participants (
      id TEXT PRIMARY KEY NOT NULL,
      workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      contact_id TEXT REFERENCES sme_contacts(id) ON DELETE SET NULL,
      name TEXT NOT NULL,
      role TEXT NOT NULL DEFAULT '',
      invited INTEGER NOT NULL CHECK (invited IN (0, 1)),
      attended INTEGER NOT NULL CHECK (attended IN (0, 1))
    ) STRICT;
    CREATE INDEX workshop_participants_by_workshop ON workshop_participants (workshop_id, position);

    CREATE TABLE homework (
      id TEXT PRIMARY KEY NOT NULL,
      workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      task TEXT NOT NULL,
      owner TEXT NOT NULL DEFAULT '',
      due_date TEXT,
      done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1))
    ) STRICT;
    CREATE INDEX homework_by_workshop ON homework (workshop_id, position);

    -- The agenda as adapted and held: empty means the workshop follows the guide's agenda.
    CREATE TABLE workshop_agenda (
      workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      block_id TEXT,
      title TEXT NOT NULL DEFAULT '',
      planned_minutes INTEGER NOT NULL CHECK (planned_minutes BETWEEN 1 AND 600),
      actual_minutes INTEGER CHECK (actual_minutes BETWEEN 0 AND 600),
      PRIMARY KEY (workshop_id, position)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE worksheet_answers (
      workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
      worksheet_id TEXT NOT NULL,
      field_id TEXT NOT NULL,
      value TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      PRIMARY KEY (workshop_id, worksheet_id, field_id)
    ) STRICT, WITHOUT ROWID;
  `,
};
