-- index activities_by_objective
CREATE INDEX activities_by_objective ON activities (objective_id);

-- index activities_by_process
CREATE INDEX activities_by_process ON activities (process_id, position);

-- index activities_deleted
CREATE INDEX activities_deleted ON activities (id) WHERE deleted_at IS NOT NULL;

-- index homework_by_workshop
CREATE INDEX homework_by_workshop ON homework (workshop_id, position);

-- index indicators_by_objective
CREATE INDEX indicators_by_objective ON indicators (objective_id);

-- index indicators_by_process
CREATE INDEX indicators_by_process ON indicators (process_id, position);

-- index indicators_deleted
CREATE INDEX indicators_deleted ON indicators (id) WHERE deleted_at IS NOT NULL;

-- index measurements_by_indicator
CREATE INDEX measurements_by_indicator ON measurements (indicator_id, measured_on);

-- index measurements_deleted
CREATE INDEX measurements_deleted ON measurements (id) WHERE deleted_at IS NOT NULL;

-- index objective_links_by_effect
CREATE INDEX objective_links_by_effect ON objective_links (effect_id);

-- index objectives_by_process
CREATE INDEX objectives_by_process ON objectives (process_id, position);

-- index objectives_deleted
CREATE INDEX objectives_deleted ON objectives (id) WHERE deleted_at IS NOT NULL;

-- index processes_by_sme
CREATE INDEX processes_by_sme ON processes (sme_id, start_date);

-- index reviews_by_process
CREATE INDEX reviews_by_process ON reviews (process_id, held_on);

-- index reviews_deleted
CREATE INDEX reviews_deleted ON reviews (id) WHERE deleted_at IS NOT NULL;

-- index self_evaluation_participants_by_evaluation
CREATE INDEX self_evaluation_participants_by_evaluation ON self_evaluation_participants (evaluation_id, position);

-- index self_evaluations_by_process
CREATE INDEX self_evaluations_by_process ON self_evaluations (process_id, taken_on);

-- index sme_contacts_by_sme
CREATE INDEX sme_contacts_by_sme ON sme_contacts (sme_id, position);

-- index smes_by_name
CREATE INDEX smes_by_name ON smes (archived, deleted_at, name_folded, search_folded);

-- index smes_by_updated
CREATE INDEX smes_by_updated ON smes (updated_at);

-- index stakeholders_by_process
CREATE INDEX stakeholders_by_process ON stakeholders (process_id, position);

-- index stakeholders_deleted
CREATE INDEX stakeholders_deleted ON stakeholders (id) WHERE deleted_at IS NOT NULL;

-- index standard_tags_by_process
CREATE INDEX standard_tags_by_process ON standard_tags (process_id);

-- index voting_rounds_by_workshop
CREATE INDEX voting_rounds_by_workshop ON voting_rounds (workshop_id, opened_at);

-- index workshop_participants_by_workshop
CREATE INDEX workshop_participants_by_workshop ON workshop_participants (workshop_id, position);

-- index workshops_by_date
CREATE INDEX workshops_by_date ON workshops (planned_at);

-- table activities
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
    , deleted_at TEXT) STRICT;

-- table energy_years
CREATE TABLE energy_years (
      sme_id TEXT NOT NULL REFERENCES smes(id) ON DELETE CASCADE,
      year INTEGER NOT NULL,
      electricity_kwh REAL,
      electricity_renewable_kwh REAL,
      natural_gas_kwh REAL,
      heating_oil_litres REAL,
      diesel_litres REAL,
      petrol_litres REAL,
      district_heat_kwh REAL,
      -- The facilitator's own factors (carrier -> tCO2e/MWh) as JSON; '{}' when the defaults are used.
      overrides TEXT NOT NULL DEFAULT '{}',
      updated_at TEXT NOT NULL,
      PRIMARY KEY (sme_id, year)
    ) STRICT, WITHOUT ROWID;

-- table homework
CREATE TABLE homework (
      id TEXT PRIMARY KEY NOT NULL,
      workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      task TEXT NOT NULL,
      owner TEXT NOT NULL DEFAULT '',
      due_date TEXT,
      done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1))
    ) STRICT;

-- table indicator_datapoints
CREATE TABLE indicator_datapoints (
      indicator_id TEXT PRIMARY KEY NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
      datapoint TEXT NOT NULL
    ) STRICT;

-- table indicators
CREATE TABLE "indicators" (
      id TEXT PRIMARY KEY NOT NULL,
      process_id TEXT NOT NULL REFERENCES processes(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      objective_id TEXT NOT NULL REFERENCES objectives(id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      unit TEXT NOT NULL DEFAULT '',
      direction TEXT NOT NULL CHECK (direction IN ('up', 'down', 'keep')),
      keep TEXT CHECK (keep IN ('at_least', 'at_most', 'within')),
      baseline REAL NOT NULL,
      baseline_date TEXT,
      target REAL NOT NULL,
      target_high REAL,
      target_date TEXT, deleted_at TEXT,
      CHECK ((direction = 'keep') = (keep IS NOT NULL)),
      CHECK ((keep IS 'within') = (target_high IS NOT NULL)),
      CHECK (target_high IS NULL OR target_high >= target)
    ) STRICT;

-- table measurements
CREATE TABLE "measurements" (
      id TEXT PRIMARY KEY NOT NULL,
      indicator_id TEXT NOT NULL REFERENCES "indicators"(id) ON DELETE CASCADE,
      measured_on TEXT NOT NULL,
      value REAL NOT NULL,
      note TEXT NOT NULL DEFAULT ''
    , deleted_at TEXT) STRICT;

-- table objective_links
CREATE TABLE objective_links (
      cause_id TEXT NOT NULL REFERENCES objectives(id) ON DELETE CASCADE,
      effect_id TEXT NOT NULL REFERENCES objectives(id) ON DELETE CASCADE,
      PRIMARY KEY (cause_id, effect_id),
      CHECK (cause_id <> effect_id)
    ) STRICT, WITHOUT ROWID;

-- table objectives
CREATE TABLE objectives (
      id TEXT PRIMARY KEY NOT NULL,
      process_id TEXT NOT NULL REFERENCES processes(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      perspective TEXT NOT NULL CHECK (perspective IN ('business', 'stakeholders', 'processes', 'learning')),
      title TEXT NOT NULL,
      description TEXT NOT NULL DEFAULT ''
    , deleted_at TEXT) STRICT;

-- table processes
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
    , previous_id TEXT REFERENCES processes(id) ON DELETE SET NULL) STRICT;

-- table reviews
CREATE TABLE reviews (
      id TEXT PRIMARY KEY NOT NULL,
      process_id TEXT NOT NULL REFERENCES processes(id) ON DELETE CASCADE,
      held_on TEXT NOT NULL,
      findings TEXT NOT NULL DEFAULT '',
      decisions TEXT NOT NULL DEFAULT '',
      next_on TEXT
    , deleted_at TEXT) STRICT;

-- table self_evaluation_participant_scores
CREATE TABLE self_evaluation_participant_scores (
      participant_id TEXT NOT NULL REFERENCES self_evaluation_participants(id) ON DELETE CASCADE,
      item_id TEXT NOT NULL,
      score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
      PRIMARY KEY (participant_id, item_id)
    ) STRICT, WITHOUT ROWID;

-- table self_evaluation_participants
CREATE TABLE self_evaluation_participants (
      id TEXT PRIMARY KEY NOT NULL,
      evaluation_id TEXT NOT NULL REFERENCES self_evaluations(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      name TEXT NOT NULL DEFAULT ''
    ) STRICT;

-- table self_evaluation_scores
CREATE TABLE self_evaluation_scores (
      evaluation_id TEXT NOT NULL REFERENCES self_evaluations(id) ON DELETE CASCADE,
      item_id TEXT NOT NULL,
      score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
      PRIMARY KEY (evaluation_id, item_id)
    ) STRICT, WITHOUT ROWID;

-- table self_evaluations
CREATE TABLE self_evaluations (
      id TEXT PRIMARY KEY NOT NULL,
      process_id TEXT NOT NULL REFERENCES processes(id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('baseline', 'end', 'followup')),
      taken_on TEXT NOT NULL,
      note TEXT NOT NULL DEFAULT '',
      updated_at TEXT NOT NULL
    , edition INTEGER NOT NULL DEFAULT 1 CHECK (edition >= 1)) STRICT;

-- table sme_contacts
CREATE TABLE sme_contacts (
      id TEXT PRIMARY KEY NOT NULL,
      sme_id TEXT NOT NULL REFERENCES smes(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      name TEXT NOT NULL,
      role TEXT NOT NULL DEFAULT '',
      email TEXT NOT NULL DEFAULT '',
      phone TEXT NOT NULL DEFAULT ''
    ) STRICT;

-- table smes
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
    , legal_form TEXT NOT NULL DEFAULT '', turnover REAL, balance_sheet REAL) STRICT;

-- table stakeholders
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
    , deleted_at TEXT) STRICT;

-- table standard_tags
CREATE TABLE standard_tags (
      process_id TEXT NOT NULL REFERENCES processes(id) ON DELETE CASCADE,
      record_kind TEXT NOT NULL CHECK (record_kind IN ('objective', 'activity', 'indicator')),
      record_id TEXT NOT NULL,
      scheme TEXT NOT NULL CHECK (scheme IN ('iso26000', 'vsme', 'sdg')),
      code TEXT NOT NULL,
      PRIMARY KEY (record_id, scheme, code)
    ) STRICT, WITHOUT ROWID;

-- table strategies
CREATE TABLE strategies (
      process_id TEXT PRIMARY KEY NOT NULL REFERENCES processes(id) ON DELETE CASCADE,
      vision TEXT NOT NULL DEFAULT '',
      review_routine TEXT NOT NULL DEFAULT '',
      updated_at TEXT NOT NULL
    ) STRICT;

-- table voting_answers
CREATE TABLE voting_answers (
      round_id TEXT NOT NULL,
      phone_id TEXT NOT NULL,
      item_id TEXT NOT NULL,
      value ANY NOT NULL,
      answered_at TEXT NOT NULL,
      PRIMARY KEY (round_id, phone_id, item_id),
      FOREIGN KEY (round_id, phone_id) REFERENCES voting_phones (round_id, phone_id) ON DELETE CASCADE
    ) STRICT, WITHOUT ROWID;

-- table voting_phones
CREATE TABLE voting_phones (
      round_id TEXT NOT NULL REFERENCES voting_rounds(id) ON DELETE CASCADE,
      phone_id TEXT NOT NULL,
      joined_at TEXT NOT NULL,
      PRIMARY KEY (round_id, phone_id)
    ) STRICT, WITHOUT ROWID;

-- table voting_rounds
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

-- table worksheet_answers
CREATE TABLE worksheet_answers (
      workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
      worksheet_id TEXT NOT NULL,
      field_id TEXT NOT NULL,
      value TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      PRIMARY KEY (workshop_id, worksheet_id, field_id)
    ) STRICT, WITHOUT ROWID;

-- table workshop_agenda
CREATE TABLE workshop_agenda (
      workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      block_id TEXT,
      title TEXT NOT NULL DEFAULT '',
      planned_minutes INTEGER NOT NULL CHECK (planned_minutes BETWEEN 1 AND 600),
      actual_minutes INTEGER CHECK (actual_minutes BETWEEN 0 AND 600),
      PRIMARY KEY (workshop_id, position)
    ) STRICT, WITHOUT ROWID;

-- table workshop_participants
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

-- table workshops
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
      updated_at TEXT NOT NULL, minutes_notes TEXT NOT NULL DEFAULT '',
      UNIQUE (process_id, number)
    ) STRICT;

-- trigger standard_tags_activity_gone
CREATE TRIGGER standard_tags_activity_gone AFTER DELETE ON activities BEGIN DELETE FROM standard_tags WHERE record_id = old.id; END;

-- trigger standard_tags_indicator_gone
CREATE TRIGGER standard_tags_indicator_gone AFTER DELETE ON indicators BEGIN DELETE FROM standard_tags WHERE record_id = old.id; END;

-- trigger standard_tags_objective_gone
CREATE TRIGGER standard_tags_objective_gone AFTER DELETE ON objectives BEGIN DELETE FROM standard_tags WHERE record_id = old.id; END;
