import path from 'node:path';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { openDatabase } from '../../electron/core/db/open';
import { tempDir } from './tmp';

/** One SME 's' with one 6x3 process 'p', in the columns every version since 0020 has: where a migration test starts. */
export const SME_WITH_PROCESS = `INSERT INTO smes (id, name, name_folded, search_folded, country, created_at, updated_at) VALUES ('s', 'S', 's', 's', 'LT', 'now', 'now');
INSERT INTO processes (id, sme_id, title, language, start_date, status, created_at, updated_at) VALUES ('p', 's', 'P', 'en', '2027-01-01', 'planned', 'now', 'now');
`;

/**
 * A database file as the version before `version` left it, holding SME_WITH_PROCESS and `rows`.
 * It is closed, so opening it runs the migration under test as an upgrade does.
 */
export function databaseBefore(version: number, rows = ''): string {
  const file = path.join(tempDir(), 'db.sqlite');
  const old = openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version < version) });
  old.exec(SME_WITH_PROCESS + rows);
  old.close();
  return file;
}
