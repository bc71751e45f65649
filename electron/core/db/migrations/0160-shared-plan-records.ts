import { carryWorksheetsIntoRecords } from '../carry/carry-worksheets';
import type { Migration } from './types';

/**
 * The learning needs (workshop 4) and indicators (workshop 5) worksheets now show the strategy's
 * learning plan and indicators instead of answers of their own. What was typed into them before
 * is carried into the records of each process, merged by name with what is there; a row an
 * indicator cannot hold (no objective, baseline or target) stays on the worksheet, which lists it.
 * Only these two are carried: stakeholders or objectives deleted since 0140 are not brought back.
 * The answers stay stored as typed. No schema change.
 */
export const migration0160: Migration = {
  version: 160,
  name: 'shared-plan-records',
  up: (db) => {
    const processes = db.prepare('SELECT id FROM processes ORDER BY created_at').all() as { id: string }[];
    for (const p of processes) carryWorksheetsIntoRecords(db, p.id, new Date(), ['learning', 'indicators']);
  },
};
