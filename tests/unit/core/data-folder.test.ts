import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppInfo } from '../../../electron/api/contract';
import type { Sme } from '../../../electron/api/smes';
import type { AppCore } from '../../../electron/core/app-core';
import { DATABASE_FILE } from '../../../electron/core/app-core';
import { LOCK_FILE } from '../../../electron/core/data-folder';
import { APPLICATION_ID } from '../../../electron/core/db/migrations/0040-marker';
import { LATEST_VERSION, MIGRATIONS } from '../../../electron/core/db/migrations';
import { openDatabase } from '../../../electron/core/db/open';
import { fileLogger, LOG_NAME } from '../../../electron/core/log-file';
import { testCore } from '../../helpers/core';
import { tempDir } from '../../helpers/tmp';

const open: AppCore[] = [];
const start = (dir?: string) => {
  const core = testCore(dir);
  open.push(core);
  return core;
};
afterEach(() => {
  while (open.length) open.pop()!.close();
});

async function value<T>(core: AppCore, channel: string, payload: unknown = {}): Promise<T> {
  const r = await core.dispatch(channel, payload);
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  return r.value as T;
}
const info = (core: AppCore) => value<AppInfo>(core, 'app.info');
const mode = (file: string) => fs.statSync(file).mode & 0o777;

describe('a new data folder', () => {
  it('gets a marked database made in one piece, backups/ and logs/, all for the owner only', async () => {
    const dir = path.join(tempDir(), 'stick', 'data');
    const core = start(dir);
    expect((await info(core)).databaseError).toBeNull();
    expect(fs.readdirSync(dir).sort()).toEqual(['backups', 'logs', DATABASE_FILE, `${DATABASE_FILE}-shm`, `${DATABASE_FILE}-wal`, LOCK_FILE].sort());
    expect(core.db!.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(core.db!.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(core.db!.pragma('secure_delete', { simple: true })).toBe(1);
    for (const folder of [dir, path.join(dir, 'backups'), path.join(dir, 'logs')]) expect(mode(folder)).toBe(0o700);
    for (const file of [DATABASE_FILE, `${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`, LOCK_FILE]) expect(mode(path.join(dir, file)), file).toBe(0o600);
    await value(core, 'settings.update', { facilitatorName: 'Ana' });
    expect(mode(path.join(dir, 'settings.json'))).toBe(0o600);
  });
});

describe('a data folder made by an earlier version', () => {
  it('is tightened to owner-only rights on the next start', () => {
    const dir = path.join(tempDir(), 'data');
    fs.mkdirSync(dir, { mode: 0o755 });
    fs.chmodSync(dir, 0o755);
    openDatabase(path.join(dir, DATABASE_FILE)).close();
    fs.writeFileSync(path.join(dir, 'settings.json'), '{}', { mode: 0o644 });
    fs.mkdirSync(path.join(dir, 'backups'), { mode: 0o755 });
    fs.writeFileSync(path.join(dir, 'backups', 'socialsme-v30-old.sqlite'), '', { mode: 0o644 });
    for (const f of [DATABASE_FILE, 'settings.json', 'backups/socialsme-v30-old.sqlite']) fs.chmodSync(path.join(dir, f), 0o644);
    start(dir);
    expect(mode(dir)).toBe(0o700);
    expect(mode(path.join(dir, 'backups'))).toBe(0o700);
    for (const f of [DATABASE_FILE, 'settings.json', 'backups/socialsme-v30-old.sqlite']) expect(mode(path.join(dir, f)), f).toBe(0o600);
  });
});

describe('an older database of ours', () => {
  it('made before the marker: recognised by its exact schema, backed up under its final name only, migrated and marked', () => {
    const dir = tempDir();
    const file = path.join(dir, DATABASE_FILE);
    openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version <= 30) }).close();
    const db = openDatabase(file);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    db.close();
    const backups = fs.readdirSync(path.join(dir, 'backups'));
    expect(backups).toEqual([expect.stringMatching(/^socialsme-v30-.*\.sqlite$/)]);
    const copy = new Database(path.join(dir, 'backups', backups[0]!), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(30);
    copy.close();
  });

  it('a backup cut short by a crash (the temporary name) is cleared, never kept as a backup', () => {
    const dir = tempDir();
    const file = path.join(dir, DATABASE_FILE);
    openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version <= 30) }).close();
    fs.mkdirSync(path.join(dir, 'backups'));
    fs.writeFileSync(path.join(dir, 'backups', 'socialsme-v30-2026-01-01.sqlite.partial'), '');
    openDatabase(file).close();
    expect(fs.readdirSync(path.join(dir, 'backups'))).toEqual([expect.stringMatching(/^socialsme-v30-.*\.sqlite$/)]);
  });
});

describe('after a crash', () => {
  it('the changes still in the -wal are there when the -wal came along', async () => {
    const source = tempDir();
    const file = path.join(source, DATABASE_FILE);
    const writer = openDatabase(file);
    writer.prepare("INSERT INTO smes (id, name, name_folded, search_folded, country, created_at, updated_at) VALUES ('s1', 'Only in the WAL', 'x', 'x', 'LT', 'now', 'now')").run();
    const dir = tempDir();
    for (const suffix of ['', '-wal', '-shm']) fs.copyFileSync(`${file}${suffix}`, path.join(dir, `${DATABASE_FILE}${suffix}`));
    writer.close();
    const core = start(dir);
    expect((await info(core)).databaseError).toBeNull();
    expect(core.db!.prepare('SELECT name FROM smes').all()).toEqual([{ name: 'Only in the WAL' }]);
  });

  it('a -shm left behind that names no lost changes does not stop the app', async () => {
    const dir = tempDir();
    const file = path.join(dir, DATABASE_FILE);
    openDatabase(file).close();
    fs.writeFileSync(`${file}-shm`, Buffer.alloc(32768));
    expect((await info(start(dir))).databaseError).toBeNull();
  });
});

describe('two apps on one data folder', () => {
  it('the second one says so, opens nothing and cannot change the settings', async () => {
    const first = start();
    await value(first, 'settings.update', { facilitatorName: 'First' });
    const second = start(first.dataDir);
    expect(second.db).toBeNull();
    expect((await info(second)).databaseError).toBe('db_in_use');
    expect(await second.dispatch('smes.list', {})).toMatchObject({ ok: false, error: { code: 'db_in_use' } });
    expect(await second.dispatch('settings.update', { facilitatorName: 'Second' })).toMatchObject({ ok: false, error: { code: 'db_in_use' } });
    expect(JSON.parse(fs.readFileSync(path.join(first.dataDir, 'settings.json'), 'utf8'))).toMatchObject({ facilitatorName: 'First' });
    expect(await first.dispatch('smes.list', {})).toMatchObject({ ok: true });

    first.close();
    open.splice(open.indexOf(first), 1);
    expect((await info(start(first.dataDir))).databaseError).toBeNull();
  });

  it('an app that explains a refused database still keeps the folder', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, DATABASE_FILE), 'not a database');
    expect((await info(start(dir))).databaseError).toBe('db_corrupt');
    expect((await info(start(dir))).databaseError).toBe('db_in_use');
  });

  it('takes over a lock whose owner no longer runs, or was written on another computer', async () => {
    const dir = tempDir();
    const ended = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: Number(ended.stdout), host: os.hostname(), since: '2026-01-01' }));
    const core = start(dir);
    expect((await info(core)).databaseError).toBeNull();
    core.close();
    open.pop();
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);

    fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: process.pid, host: 'the-other-laptop', since: '2026-01-01' }));
    expect((await info(start(dir))).databaseError).toBeNull();
  });
});

describe('personal data at rest', () => {
  it('a purged SME leaves no trace of its text in the database file or its WAL', async () => {
    const marker = 'zq7secretmarker';
    const core = start();
    const sme = await value<Sme>(core, 'smes.create', {
      name: `Bakery ${marker}`,
      country: 'LT',
      notes: `Staff matter: ${marker} `.repeat(50),
      contacts: [{ name: `Ruta ${marker}`, role: 'Owner' }],
    });
    core.db!.pragma('wal_checkpoint(TRUNCATE)');
    await value(core, 'smes.trash', { id: sme.id });
    await value(core, 'smes.purge', { id: sme.id });
    core.close();
    open.pop();
    const file = path.join(core.dataDir, DATABASE_FILE);
    for (const f of [file, `${file}-wal`].filter((f) => fs.existsSync(f))) {
      expect(fs.readFileSync(f).includes(Buffer.from(marker)), path.basename(f)).toBe(false);
    }
  });

  it('the log sits in the data folder, names the problem, and rotates', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, DATABASE_FILE), 'not a database');
    testCore(dir, { log: fileLogger(path.join(dir, 'logs')) }).close();
    expect(fs.readFileSync(path.join(dir, 'logs', LOG_NAME), 'utf8')).toMatch(/Database not opened \(db_corrupt\)/);

    const folder = path.join(dir, 'rotating');
    const log = fileLogger(folder, { maxBytes: 400, keep: 2 });
    for (let i = 0; i < 40; i++) log(`line ${i}`);
    expect(fs.readdirSync(folder).sort()).toEqual([LOG_NAME, `${LOG_NAME}.1`, `${LOG_NAME}.2`]);
    for (const f of fs.readdirSync(folder)) expect(fs.statSync(path.join(folder, f)).size).toBeLessThanOrEqual(400);
    expect(fs.readFileSync(path.join(folder, LOG_NAME), 'utf8')).toContain('line 39');
  });
});
