import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { openDatabase } from '../../../electron/core/db/open';

/**
 * The database schema after every migration, pinned: an accidental change of a table, an index or
 * a trigger fails here. A deliberate one is a new migration plus `vitest -u` on this file, so the
 * change shows in review as a diff of schema.snapshot.sql.
 */
describe('the database schema', () => {
  it('after all migrations equals the pinned snapshot', async () => {
    const db = openDatabase(':memory:', { migrations: MIGRATIONS });
    const rows = db
      .prepare("SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type, name")
      .all() as { type: string; name: string; sql: string }[];
    db.close();
    const text = rows.map((r) => `-- ${r.type} ${r.name}\n${r.sql.replace(/[ \t]+\n/g, '\n').trim()};\n`).join('\n');
    await expect(text).toMatchFileSnapshot('./schema.snapshot.sql');
  });
});
