import type { Migration } from './types';

/**
 * Marks the file as ours in the SQLite header (PRAGMA application_id, "6x3S"), so that opening can
 * tell our case files from another program's SQLite file, even one with tables named like ours.
 * Files made before this step are recognised once by their exact schema and then marked here.
 */
export const APPLICATION_ID = 0x36783353;

export const migration0040: Migration = {
  version: 40,
  name: 'marker',
  up: `PRAGMA application_id = ${APPLICATION_ID};`,
};
