import Database from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppInfo } from '../../../electron/api/contract';
import { LANGUAGES } from '../../../electron/api/languages';
import { DATABASE_PROBLEMS } from '../../../electron/api/result';
import { createAppCore, DATABASE_FILE } from '../../../electron/core/app-core';
import { databaseMessage } from '../../../electron/core/database-message';
import type { FileAccess } from '../../../electron/core/db/inspect';
import { LATEST_VERSION } from '../../../electron/core/db/migrations';
import { openDatabase } from '../../../electron/core/db/open';
import { JsonSettingsStore } from '../../../electron/core/settings/json-store';
import { tempDir } from '../../helpers/tmp';

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const PAGE = 4096;

/** Things left open by a fixture (another program's connection) until the case is checked. */
const holders: Database.Database[] = [];
afterEach(() => {
  while (holders.length) holders.pop()!.close();
});

/** A database of ours at the latest version with one SME in it, closed cleanly. */
function ours(dir: string): string {
  const file = path.join(dir, DATABASE_FILE);
  const db = openDatabase(file);
  db.prepare(
    "INSERT INTO smes (id, name, name_folded, search_folded, country, created_at, updated_at) VALUES ('s1', 'Bakery', 'bakery', 'bakery', 'LT', 'now', 'now')",
  ).run();
  db.close();
  return file;
}

function foreign(dir: string, build: (db: Database.Database) => void): string {
  const file = path.join(dir, DATABASE_FILE);
  const db = new Database(file);
  build(db);
  db.close();
  return file;
}

function rewrite(file: string, change: (bytes: Buffer) => Buffer): string {
  fs.writeFileSync(file, change(fs.readFileSync(file)));
  return file;
}

/** The folder or the file the probe answers "read-only" for, as a write-protected stick would. */
const readOnly = (which: 'folder' | 'file'): FileAccess => ({
  writable: (p) => (which === 'folder' ? !fs.statSync(p, { throwIfNoEntry: false })?.isDirectory() : path.basename(p) !== DATABASE_FILE),
});

interface Case {
  name: string;
  make: (dir: string) => string;
  code: AppInfo['databaseError'];
  access?: FileAccess;
}

const CASES: Case[] = [
  { name: 'zero-byte file', code: 'db_corrupt', make: (dir) => (fs.writeFileSync(path.join(dir, DATABASE_FILE), ''), path.join(dir, DATABASE_FILE)) },
  { name: 'random bytes', code: 'db_corrupt', make: (dir) => (fs.writeFileSync(path.join(dir, DATABASE_FILE), randomBytes(8 * PAGE)), path.join(dir, DATABASE_FILE)) },
  {
    name: 'valid header + garbage',
    code: 'db_corrupt',
    make: (dir) => rewrite(ours(dir), (b) => Buffer.concat([b.subarray(0, 100), randomBytes(b.length - 100)])),
  },
  { name: 'truncated', code: 'db_corrupt', make: (dir) => rewrite(ours(dir), (b) => b.subarray(0, Math.floor(b.length / PAGE / 2) * PAGE)) },
  {
    name: 'one page zeroed',
    code: 'db_corrupt',
    make: (dir) => {
      const file = ours(dir);
      const raw = new Database(file, { readonly: true });
      const { rootpage } = raw.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'smes'").get() as { rootpage: number };
      raw.close();
      return rewrite(file, (b) => b.fill(0, (rootpage - 1) * PAGE, rootpage * PAGE));
    },
  },
  {
    name: 'newer version',
    code: 'db_newer',
    make: (dir) => {
      const file = ours(dir);
      const raw = new Database(file);
      raw.pragma(`user_version = ${LATEST_VERSION + 10}`);
      raw.exec('CREATE TABLE from_the_future (x)');
      raw.close();
      return file;
    },
  },
  { name: 'foreign at version 0', code: 'db_foreign', make: (dir) => foreign(dir, (db) => db.exec("CREATE TABLE recipes (title TEXT); INSERT INTO recipes VALUES ('bread')")) },
  {
    name: 'foreign with our table names',
    code: 'db_foreign',
    make: (dir) => foreign(dir, (db) => db.exec("CREATE TABLE smes (id TEXT, name TEXT); CREATE TABLE processes (id TEXT); INSERT INTO smes VALUES ('x', 'Theirs')")),
  },
  {
    name: 'foreign with our table names at one of our versions',
    code: 'db_foreign',
    make: (dir) => foreign(dir, (db) => (db.exec('PRAGMA journal_mode = WAL; CREATE TABLE smes (id TEXT, name TEXT)'), db.pragma('user_version = 30'))),
  },
  {
    name: 'our version with a table missing',
    code: 'db_corrupt',
    make: (dir) => {
      const file = ours(dir);
      const raw = new Database(file);
      raw.exec('DROP TABLE reviews');
      raw.close();
      return file;
    },
  },
  {
    name: 'WAL missing with -shm present',
    code: 'db_wal_missing',
    make: (dir) => {
      // Copied while the app was writing, without the -wal: the -shm still names its changes.
      const source = tempDir();
      const file = ours(source);
      const writer = new Database(file);
      writer.prepare("UPDATE smes SET name = 'Bakery Ltd'").run();
      for (const suffix of ['', '-shm']) fs.copyFileSync(`${file}${suffix}`, path.join(dir, `${DATABASE_FILE}${suffix}`));
      writer.close();
      return path.join(dir, DATABASE_FILE);
    },
  },
  { name: 'read-only folder', code: 'db_readonly_folder', access: readOnly('folder'), make: (dir) => ours(dir) },
  { name: 'read-only file', code: 'db_readonly_file', access: readOnly('file'), make: (dir) => (fs.chmodSync(ours(dir), 0o444), path.join(dir, DATABASE_FILE)) },
  {
    name: 'exclusive lock',
    code: 'db_locked',
    make: (dir) => {
      const file = ours(dir);
      const other = new Database(file);
      holders.push(other);
      other.pragma('locking_mode = EXCLUSIVE');
      other.exec('BEGIN EXCLUSIVE');
      return file;
    },
  },
  {
    name: "another writer's open transaction",
    code: 'db_locked',
    make: (dir) => {
      const file = ours(dir);
      const other = new Database(file);
      holders.push(other);
      other.exec("BEGIN IMMEDIATE; UPDATE smes SET name = 'Half saved'");
      return file;
    },
  },
  {
    name: 'database file gone, its -wal left',
    code: 'db_corrupt',
    make: (dir) => {
      const source = tempDir();
      const file = ours(source);
      const writer = new Database(file);
      writer.prepare("UPDATE smes SET name = 'Bakery Ltd'").run();
      fs.copyFileSync(`${file}-wal`, path.join(dir, `${DATABASE_FILE}-wal`));
      writer.close();
      return path.join(dir, `${DATABASE_FILE}-wal`);
    },
  },
  { name: 'data path is a folder', code: 'db_not_file', make: (dir) => (fs.mkdirSync(path.join(dir, DATABASE_FILE)), path.join(dir, DATABASE_FILE)) },
];

/** The files beside the database with their hashes (a folder in place of the file: its listing). */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of fs.readdirSync(dir).filter((n) => n.startsWith(DATABASE_FILE)).sort()) {
    const full = path.join(dir, name);
    const stat = fs.statSync(full);
    out[name] = `${stat.isDirectory() ? `folder: ${fs.readdirSync(full).join(',')}` : sha256(full)} mode ${(stat.mode & 0o777).toString(8)}`;
  }
  return out;
}

describe('opening a database that cannot be used', () => {
  it.each(CASES)('$name: refused with $code, the file byte for byte as it was', async ({ make, code, access }) => {
    const dir = tempDir();
    const file = make(dir);
    const before = snapshot(dir);
    expect(Object.keys(before)).toContain(path.basename(file));

    const core = createAppCore({
      dataDir: dir,
      settings: new JsonSettingsStore(dir),
      shell: 'browser',
      version: '0.0.0-test',
      systemLanguages: () => ['en'],
      log: () => {},
      access,
    });
    try {
      const info = await core.dispatch('app.info', {});
      expect(info.ok && (info.value as AppInfo).databaseError).toBe(code);
      const list = await core.dispatch('smes.list', {});
      expect(list).toMatchObject({ ok: false, error: { code } });
      // The message names the file, never a path of the user's disk.
      expect(core.databaseError!.message).not.toContain(path.sep + path.basename(dir));
    } finally {
      core.close();
    }
    expect(snapshot(dir)).toEqual(before);
    expect(fs.readdirSync(path.join(dir, 'backups'))).toEqual([]);
  });
});

describe('every refusal has its own words', () => {
  it.each(LANGUAGES)('in %s: a distinct title-and-advice for each code, never the code itself', (language) => {
    const codes = [...DATABASE_PROBLEMS, 'internal' as const];
    const texts = codes.map((code) => databaseMessage(code, [language], '/data').text);
    expect(new Set(texts).size).toBe(codes.length);
    texts.forEach((text, i) => expect(text).not.toBe(codes[i]));
    if (language !== 'en') expect(texts).not.toEqual(codes.map((code) => databaseMessage(code, ['en'], '/data').text));
  });
});
