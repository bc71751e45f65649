import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

const hash = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

test('a damaged database is explained and left untouched', async ({ app: page, host }) => {
  const file = path.join(host.dataDir, 'socialsme.sqlite');
  await host.stop();
  for (const extra of ['-wal', '-shm']) fs.rmSync(file + extra, { force: true });
  fs.writeFileSync(file, 'not a database at all; perhaps a USB stick was pulled out '.repeat(100));
  const before = hash(file);
  await host.start();
  await page.goto(host.url);
  await expect(page.getByRole('alert')).toContainText('The case files cannot be opened');
  await expect(page.getByRole('alert')).toContainText('damaged');
  await expect(page.getByRole('alert')).toContainText(host.dataDir);
  expect(hash(file)).toBe(before);
});

test("another program's SQLite file is explained as such, never adopted", async ({ app: page, host }) => {
  const file = path.join(host.dataDir, 'socialsme.sqlite');
  await host.stop();
  for (const extra of ['', '-wal', '-shm']) fs.rmSync(file + extra, { force: true });
  const theirs = new Database(file);
  theirs.exec("CREATE TABLE smes (id TEXT, name TEXT); INSERT INTO smes VALUES ('1', 'Their list')");
  theirs.close();
  const before = hash(file);
  await host.start();
  await page.goto(host.url);
  await expect(page.getByRole('alert')).toContainText('belongs to another program');
  expect(hash(file)).toBe(before);
});

test('a second browser host on the same data folder says so and opens nothing', async ({ app: page, host }) => {
  const settings = path.join(host.dataDir, 'settings.json');
  const before = fs.existsSync(settings) ? hash(settings) : null;
  const second = spawnSync(process.execPath, ['dist/host/cli.cjs', '--data-dir', host.dataDir, '--port', '0'], { encoding: 'utf8', timeout: 20_000 });
  expect(second.status).toBe(3);
  expect(second.stderr).toContain('already running with this data folder');
  expect(second.stdout).not.toContain('URL:');
  expect(fs.existsSync(settings) ? hash(settings) : null).toBe(before);
  // The first one carries on.
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'SMEs' })).toBeVisible();
});
