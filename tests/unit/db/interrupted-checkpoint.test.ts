import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SmeInput } from '../../../electron/api/smes';
import { openDatabase } from '../../../electron/core/db/open';
import { SmeRepository } from '../../../electron/core/smes/repository';
import { tempDir } from '../../helpers/tmp';

const PAGE = 4096;

/**
 * The files as a kill -9 in the middle of a checkpoint leaves them: the database grew in the
 * -wal; the checkpoint had written page 1 (with the new page count) into the database file but
 * not yet the pages after the old end. Every missing page is still in the -wal.
 */
function crashedDuringCheckpoint(): { file: string; rows: number } {
  const live = path.join(tempDir(), 'socialsme.sqlite');
  const db = openDatabase(live);
  db.pragma('wal_autocheckpoint = 0');
  db.pragma('wal_checkpoint(TRUNCATE)');
  const smes = new SmeRepository(db);
  db.transaction(() => {
    for (let i = 0; i < 400; i++) smes.create(SmeInput.parse({ name: `Bakery ${i}`, country: 'LT', notes: `note ${i} `.repeat(200) }));
  })();
  // A copy while the connection still holds the -wal: what a kill leaves on disk.
  const crashed = path.join(tempDir(), 'socialsme.sqlite');
  fs.copyFileSync(live, crashed);
  fs.copyFileSync(`${live}-wal`, `${crashed}-wal`);
  db.close();
  const bytes = fs.readFileSync(crashed);
  const walPages = Math.floor((fs.statSync(`${crashed}-wal`).size - 32) / (PAGE + 24));
  // Page 1 says the database is as long as it will be after the checkpoint.
  bytes.writeUInt32BE(bytes.length / PAGE + walPages, 28);
  fs.writeFileSync(crashed, bytes);
  return { file: crashed, rows: 400 };
}

describe('a crash during a checkpoint', () => {
  it('leaves a database that opens with every committed row (the -wal has the missing pages)', () => {
    const { file, rows } = crashedDuringCheckpoint();
    const db = openDatabase(file);
    expect((db.prepare('SELECT count(*) AS n FROM smes').get() as { n: number }).n).toBe(rows);
    expect(db.pragma('quick_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('without its -wal the same file is still refused as cut short', () => {
    const { file } = crashedDuringCheckpoint();
    fs.rmSync(`${file}-wal`);
    expect(() => openDatabase(file)).toThrow(expect.objectContaining({ code: 'db_corrupt' }));
    // Nothing was changed in refusing it: no -wal was made up.
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });
});
