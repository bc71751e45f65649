import type { Migration } from './types';

/**
 * The strategy's records are deleted softly, so that a delete can be undone: `deleted_at` holds
 * when the row was deleted (NULL while it is in use). An objective and the indicators deleted
 * with it carry the same moment, which is how an undo finds what to bring back. Links, tags,
 * datapoints and measurements of a deleted record stay as they were and are hidden with it.
 */
export const migration0150: Migration = {
  version: 150,
  name: 'undoable-deletes',
  up: `
    ALTER TABLE stakeholders ADD COLUMN deleted_at TEXT;
    ALTER TABLE objectives ADD COLUMN deleted_at TEXT;
    ALTER TABLE activities ADD COLUMN deleted_at TEXT;
    ALTER TABLE indicators ADD COLUMN deleted_at TEXT;
    ALTER TABLE measurements ADD COLUMN deleted_at TEXT;
    ALTER TABLE reviews ADD COLUMN deleted_at TEXT;
    -- Reads ask "which rows are deleted?" to leave out what refers to them (an export asks it per
    -- SME): these partial indexes hold only the deleted rows, so the answer costs nothing.
    CREATE INDEX stakeholders_deleted ON stakeholders (id) WHERE deleted_at IS NOT NULL;
    CREATE INDEX objectives_deleted ON objectives (id) WHERE deleted_at IS NOT NULL;
    CREATE INDEX activities_deleted ON activities (id) WHERE deleted_at IS NOT NULL;
    CREATE INDEX indicators_deleted ON indicators (id) WHERE deleted_at IS NOT NULL;
    CREATE INDEX measurements_deleted ON measurements (id) WHERE deleted_at IS NOT NULL;
    CREATE INDEX reviews_deleted ON reviews (id) WHERE deleted_at IS NOT NULL;
  `,
};
