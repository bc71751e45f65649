import type { Migration } from './types';

/**
 * The edition of the statement set an evaluation was scored with (every evaluation made before
 * editions existed was made with the first), and, optionally, each participant's own scores
 * beside the agreed ones: named, or anonymous (empty name), for instance one per phone of a
 * voting round. The spread between them is what the talk in the workshop is about.
 */
export const migration0090: Migration = {
  version: 90,
  name: 'evaluation-editions',
  up: `
    ALTER TABLE self_evaluations ADD COLUMN edition INTEGER NOT NULL DEFAULT 1 CHECK (edition >= 1);

    CREATE TABLE self_evaluation_participants (
      id TEXT PRIMARY KEY NOT NULL,
      evaluation_id TEXT NOT NULL REFERENCES self_evaluations(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      name TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX self_evaluation_participants_by_evaluation ON self_evaluation_participants (evaluation_id, position);

    CREATE TABLE self_evaluation_participant_scores (
      participant_id TEXT NOT NULL REFERENCES self_evaluation_participants(id) ON DELETE CASCADE,
      item_id TEXT NOT NULL,
      score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
      PRIMARY KEY (participant_id, item_id)
    ) STRICT, WITHOUT ROWID;
  `,
};
