import type { Migration } from './types';

/**
 * The SR strategy of a process and its monitoring: self-evaluations with their scores,
 * stakeholders, scorecard objectives and their cause-and-effect links, the action plan (with the
 * learning activities), indicators with measurements, and reviews. A process can follow an
 * earlier one (the next yearly cycle), whose strategy it started from.
 */
export const migration0030: Migration = {
  version: 30,
  name: 'strategy',
  up: `
    ALTER TABLE processes ADD COLUMN previous_id TEXT REFERENCES processes(id) ON DELETE SET NULL;

    CREATE TABLE strategies (
      process_id TEXT PRIMARY KEY NOT NULL REFERENCES processes(id) ON DELETE CASCADE,
      vision TEXT NOT NULL DEFAULT '',
      review_routine TEXT NOT NULL DEFAULT '',
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE self_evaluations (
      id TEXT PRIMARY KEY NOT NULL,
      process_id TEXT NOT NULL REFERENCES processes(id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('baseline', 'end', 'followup')),
      taken_on TEXT NOT NULL,
      note TEXT NOT NULL DEFAULT '',
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX self_evaluations_by_process ON self_evaluations (process_id, taken_on);

    CREATE TABLE self_evaluation_scores (
      evaluation_id TEXT NOT NULL REFERENCES self_evaluations(id) ON DELETE CASCADE,
      item_id TEXT NOT NULL,
      score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
      PRIMARY KEY (evaluation_id, item_id)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE stakeholders (
      id TEXT PRIMARY KEY NOT NULL,
      process_id TEXT NOT NULL REFERENCES processes(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      grp TEXT NOT NULL,
      name TEXT NOT NULL,
      influence INTEGER NOT NULL CHECK (influence BETWEEN 1 AND 5),
      impact INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),
      expectations TEXT NOT NULL DEFAULT '',
      relationship INTEGER NOT NULL CHECK (relationship BETWEEN 1 AND 5)
    ) STRICT;
    CREATE INDEX stakeholders_by_process ON stakeholders (process_id, position);

    CREATE TABLE objectives (
      id TEXT PRIMARY KEY NOT NULL,
      process_id TEXT NOT NULL REFERENCES processes(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      perspective TEXT NOT NULL CHECK (perspective IN ('business', 'stakeholders', 'processes', 'learning')),
      title TEXT NOT NULL,
      description TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX objectives_by_process ON objectives (process_id, position);

    -- Cause and effect on the strategy map: the cause contributes to the effect.
    CREATE TABLE objective_links (
      cause_id TEXT NOT NULL REFERENCES objectives(id) ON DELETE CASCADE,
      effect_id TEXT NOT NULL REFERENCES objectives(id) ON DELETE CASCADE,
      PRIMARY KEY (cause_id, effect_id),
      CHECK (cause_id <> effect_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX objective_links_by_effect ON objective_links (effect_id);

    CREATE TABLE activities (
      id TEXT PRIMARY KEY NOT NULL,
      process_id TEXT NOT NULL REFERENCES processes(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      objective_id TEXT REFERENCES objectives(id) ON DELETE SET NULL,
      title TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('existing', 'new')),
      owner TEXT NOT NULL DEFAULT '',
      start_date TEXT,
      due_date TEXT,
      status TEXT NOT NULL CHECK (status IN ('planned', 'running', 'done', 'dropped')),
      cost REAL,
      business_benefit TEXT NOT NULL DEFAULT '',
      stakeholder_benefit TEXT NOT NULL DEFAULT '',
      learning INTEGER NOT NULL DEFAULT 0 CHECK (learning IN (0, 1)),
      learners TEXT NOT NULL DEFAULT '',
      learning_what TEXT NOT NULL DEFAULT '',
      learning_how TEXT
    ) STRICT;
    CREATE INDEX activities_by_process ON activities (process_id, position);
    CREATE INDEX activities_by_objective ON activities (objective_id);

    CREATE TABLE indicators (
      id TEXT PRIMARY KEY NOT NULL,
      process_id TEXT NOT NULL REFERENCES processes(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      objective_id TEXT NOT NULL REFERENCES objectives(id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      unit TEXT NOT NULL DEFAULT '',
      direction TEXT NOT NULL CHECK (direction IN ('up', 'down')),
      baseline REAL NOT NULL,
      baseline_date TEXT,
      target REAL NOT NULL,
      target_date TEXT
    ) STRICT;
    CREATE INDEX indicators_by_process ON indicators (process_id, position);
    CREATE INDEX indicators_by_objective ON indicators (objective_id);

    CREATE TABLE measurements (
      id TEXT PRIMARY KEY NOT NULL,
      indicator_id TEXT NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
      measured_on TEXT NOT NULL,
      value REAL NOT NULL,
      note TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX measurements_by_indicator ON measurements (indicator_id, measured_on);

    CREATE TABLE reviews (
      id TEXT PRIMARY KEY NOT NULL,
      process_id TEXT NOT NULL REFERENCES processes(id) ON DELETE CASCADE,
      held_on TEXT NOT NULL,
      findings TEXT NOT NULL DEFAULT '',
      decisions TEXT NOT NULL DEFAULT '',
      next_on TEXT
    ) STRICT;
    CREATE INDEX reviews_by_process ON reviews (process_id, held_on);
  `,
};
