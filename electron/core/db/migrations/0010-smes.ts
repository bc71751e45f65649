import type { Migration } from './types';

/** The SME register: companies, their contacts, soft delete and a folded search column. */
export const migration0010: Migration = {
  version: 10,
  name: 'smes',
  up: `
    CREATE TABLE smes (
      id TEXT PRIMARY KEY NOT NULL,
      name TEXT NOT NULL,
      name_folded TEXT NOT NULL,
      country TEXT NOT NULL,
      city TEXT NOT NULL DEFAULT '',
      sector TEXT,
      employees INTEGER,
      founded INTEGER,
      website TEXT NOT NULL DEFAULT '',
      notes TEXT NOT NULL DEFAULT '',
      search_folded TEXT NOT NULL DEFAULT '',
      archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
      deleted_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE sme_contacts (
      id TEXT PRIMARY KEY NOT NULL,
      sme_id TEXT NOT NULL REFERENCES smes(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      name TEXT NOT NULL,
      role TEXT NOT NULL DEFAULT '',
      email TEXT NOT NULL DEFAULT '',
      phone TEXT NOT NULL DEFAULT ''
    ) STRICT;

    -- The register lists live SMEs by name and filters them by the folded search text: this
    -- covering index answers both without reading whole rows (notes can be long).
    CREATE INDEX smes_by_name ON smes (archived, deleted_at, name_folded, search_folded);
    CREATE INDEX smes_by_updated ON smes (updated_at);
    CREATE INDEX sme_contacts_by_sme ON sme_contacts (sme_id, position);
  `,
};
