import { carryWorksheetsIntoRecords } from '../carry/carry-worksheets';
import type { Migration } from './types';

/**
 * The stakeholder map, vision, objectives and action plan worksheets now show the strategy
 * records instead of answers of their own. What was typed into them before is carried into the
 * records of each process (merged by name with what is already there, the rest added); the
 * answers stay stored as typed. No schema change: this step only moves data.
 */
export const migration0140: Migration = {
  version: 140,
  name: 'shared-records',
  up: (db) => {
    const processes = db.prepare('SELECT id FROM processes ORDER BY created_at').all() as { id: string }[];
    for (const p of processes) carryWorksheetsIntoRecords(db, p.id);
  },
};
