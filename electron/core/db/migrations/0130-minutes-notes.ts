import type { Migration } from './types';

/**
 * A workshop's notes split in two: what the facilitator keeps for themselves and what goes into
 * the minutes the SME receives. Until now there was one "Notes" field and it was printed in the
 * minutes. Existing notes stay in `notes`, which is now the private one: a remark about a person
 * written for oneself must not reach the SME; the facilitator moves what belongs in the minutes.
 */
export const migration0130: Migration = {
  version: 130,
  name: 'minutes-notes',
  up: `ALTER TABLE workshops ADD COLUMN minutes_notes TEXT NOT NULL DEFAULT '';`,
};
