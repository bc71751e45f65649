import type { Migration } from './types';

/**
 * Tags the facilitator gives the strategy's own records (ISO 26000 clauses, VSME disclosures or
 * datapoints, SDG targets), and the VSME datapoint an indicator feeds, so next year's draft
 * report fills itself from the measurements. Codes are the language-neutral ids of
 * content/structure/standards.json. A tag belongs to an objective, an activity or an
 * indicator; the triggers remove it with its record, as a foreign key would.
 */
export const migration0120: Migration = {
  version: 120,
  name: 'standard-tags',
  up: `
    CREATE TABLE standard_tags (
      process_id TEXT NOT NULL REFERENCES processes(id) ON DELETE CASCADE,
      record_kind TEXT NOT NULL CHECK (record_kind IN ('objective', 'activity', 'indicator')),
      record_id TEXT NOT NULL,
      scheme TEXT NOT NULL CHECK (scheme IN ('iso26000', 'vsme', 'sdg')),
      code TEXT NOT NULL,
      PRIMARY KEY (record_id, scheme, code)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX standard_tags_by_process ON standard_tags (process_id);
    CREATE TRIGGER standard_tags_objective_gone AFTER DELETE ON objectives BEGIN DELETE FROM standard_tags WHERE record_id = old.id; END;
    CREATE TRIGGER standard_tags_activity_gone AFTER DELETE ON activities BEGIN DELETE FROM standard_tags WHERE record_id = old.id; END;
    CREATE TRIGGER standard_tags_indicator_gone AFTER DELETE ON indicators BEGIN DELETE FROM standard_tags WHERE record_id = old.id; END;

    CREATE TABLE indicator_datapoints (
      indicator_id TEXT PRIMARY KEY NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
      datapoint TEXT NOT NULL
    ) STRICT;
  `,
};
