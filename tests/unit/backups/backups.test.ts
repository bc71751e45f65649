import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Backups } from '../../../electron/core/backups/backups';
import { toKeep } from '../../../electron/core/backups/rotation';
import { exportDocument } from '../../../electron/core/case-file/document';
import { coreForEachTest } from '../../helpers/core';

const cores = coreForEachTest();
const meta = { appVersion: 't', language: 'en' as const };
const wholeState = (db: Parameters<typeof exportDocument>[0]) => ({ ...exportDocument(db, 'all', meta), createdAt: '' });

describe('rotation', () => {
  it('keeps the newest of each of the last 7 days, 4 weeks and 12 months, and nothing else', () => {
    // Two backups a day for 400 days.
    const start = new Date(2026, 0, 1, 9);
    const all = Array.from({ length: 800 }, (_, i) => ({ name: `b${i}`, takenAt: new Date(start.getFullYear(), start.getMonth(), start.getDate() + Math.floor(i / 2), 9 + (i % 2) * 8) }));
    const keep = toKeep(all);
    const newest = all.at(-1)!;
    expect(keep.has(newest.name)).toBe(true);
    // 7 days, plus the weeks and months not already covered by a kept day (at most 7 + 4 + 12), plus the newest day's other one.
    expect(keep.size).toBeLessThanOrEqual(24);
    expect(keep.size).toBeGreaterThanOrEqual(12 + 3);
    const keptDays = new Set([...keep].map((n) => all.find((b) => b.name === n)!.takenAt.toDateString()));
    for (let d = 0; d < 7; d++) {
      const day = new Date(newest.takenAt.getFullYear(), newest.takenAt.getMonth(), newest.takenAt.getDate() - d);
      expect(keptDays.has(day.toDateString()), day.toDateString()).toBe(true);
    }
    // Of the last 24 hours every backup is kept (the newest day's morning one, yesterday evening's);
    // of an older day, only the later one.
    expect(keep.has(all.at(-2)!.name)).toBe(true);
    expect(keep.has(all.at(-3)!.name)).toBe(true);
    expect(keep.has(all.at(-4)!.name)).toBe(false);
    expect(keep.has(all.at(-6)!.name)).toBe(false);
    // Twelve distinct months.
    expect(new Set([...keep].map((n) => all.find((b) => b.name === n)!.takenAt.toISOString().slice(0, 7))).size).toBeGreaterThanOrEqual(12);
  });
});

describe('backups of the database', () => {
  it('are listed newest first with date, size and reason; nothing half-written is listed', async () => {
    const core = cores.start();
    await cores.call('examples.load', {});
    const backups = new Backups(core.db!, path.join(core.dataDir, 'backups'));
    fs.writeFileSync(path.join(backups.dir, 'socialsme-2026-01-01T00-00-00-000Z-daily.sqlite.partial'), 'half');
    const first = backups.takeNow('before-import', new Date('2026-03-01T10:00:00Z'));
    const second = await backups.takeInBackground('manual', new Date('2026-03-02T10:00:00Z'));
    expect(backups.list().map((b) => [b.name, b.reason])).toEqual([[second.name, 'manual'], [first.name, 'before-import']]);
    expect(first.bytes).toBeGreaterThan(10_000);
    expect(fs.readdirSync(backups.dir).filter((f) => f.endsWith('.partial'))).toEqual([]);
    // The daily one is due (none today yet), then not again.
    expect(await backups.dailyIfDue()).toMatchObject({ reason: 'daily' });
    expect(await backups.dailyIfDue()).toBeNull();
    expect((await cores.call('backups.list', {})).map((b) => b.name)).toEqual(backups.list().map((b) => b.name));
  });

  it('restore: the case files equal the backup afterwards, and the state before is backed up first', async () => {
    const core = cores.start();
    await cores.call('examples.load', {});
    const backedUp = await cores.call('backups.create', {});
    const atBackup = wholeState(core.db!);
    // Changes after the backup: a second SME and an edited one.
    await cores.call('examples.load', {});
    core.db!.prepare("UPDATE activities SET title = 'changed'").run();
    const beforeRestore = wholeState(core.db!);

    const preview = await cores.call('backups.preview', { name: backedUp.name });
    expect(preview).toMatchObject({ smes: 1, processes: 1 });
    const { safetyBackup } = await cores.call('backups.restore', { name: backedUp.name });
    expect(wholeState(core.db!)).toEqual(atBackup);
    expect(safetyBackup.reason).toBe('before-restore');

    // The safety backup holds the state before the restore: restoring it brings that back.
    await cores.call('backups.restore', { name: safetyBackup.name });
    expect(wholeState(core.db!)).toEqual(beforeRestore);
  });

  it('a damaged, foreign or newer backup is refused before anything changes', async () => {
    const core = cores.start();
    await cores.call('examples.load', {});
    const good = await cores.call('backups.create', {});
    const bytes = fs.readFileSync(path.join(core.dataDir, 'backups', good.name));
    const state = wholeState(core.db!);
    const newer = Buffer.from(bytes);
    newer.writeUInt32BE(9999, 60); // user_version
    const damaged = Buffer.from(bytes.subarray(0, Math.floor(bytes.length / 2)));
    for (const file of [Buffer.from('not a database at all'), damaged, newer]) {
      const r = await core.dispatch('backups.restore', { base64: file.toString('base64') });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('backup_refused');
    }
    expect(wholeState(core.db!)).toEqual(state);
    expect(fs.readdirSync(path.join(core.dataDir, 'backups')).filter((f) => !f.startsWith('socialsme-'))).toEqual([]);
  });

  it('purging an SME from the trash takes a backup first and names it', async () => {
    cores.start();
    const { smeId } = await cores.call('examples.load', {});
    await cores.call('smes.trash', { id: smeId });
    const purged = await cores.call('smes.purge', { id: smeId });
    const list = await cores.call('backups.list', {});
    expect(list[0]).toMatchObject({ name: purged.backup, reason: 'before-purge' });
  });
});
