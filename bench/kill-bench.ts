import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CaseFileDocument } from '../electron/api/case-file';
import { BACKUP_FOLDER } from '../electron/core/data-folder';
import { previewBackup } from '../electron/core/backups/restore';
import { exportDocument, serialize } from '../electron/core/case-file/document';
import { benchCore, foldersWithCaseFiles } from './case-file-bench';
import type { HostProcess } from './host-process';
import { killHard, startHostProcess } from './host-process';

const meta = { appVersion: 'bench', language: 'en' as const };
type Op = 'backup' | 'restore' | 'import';

/** Every case file in a data folder, opened as the app opens it after a crash (lock taken over, WAL recovered). */
function stateOf(dir: string): string {
  const core = benchCore(dir);
  if (!core.db) throw new Error(`the database does not open after the kill: ${core.databaseError?.code}`);
  try {
    return JSON.stringify({ ...exportDocument(core.db, 'all', meta), createdAt: '' });
  } finally {
    core.close();
  }
}

/**
 * The folder every cycle starts from (30 SMEs with full case files: state "before"), a file that
 * replaces all of them with changed versions, and a backup of that changed state (state "after"
 * of both an import and a restore).
 */
async function prepare(): Promise<{ template: string; changedFile: string; before: string; after: string; backupName: string }> {
  const template = await foldersWithCaseFiles(30);
  const before = stateOf(template);
  const doc = JSON.parse(before) as CaseFileDocument;
  for (const file of doc.caseFiles) {
    file.sme.name = `${file.sme.name} (changed)`;
    for (const a of file.activities) a.title = `${a.title} (changed)`;
  }
  doc.createdAt = new Date().toISOString();
  const changedFile = serialize(doc).toString('base64');
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'socialsme-kill-prep-'));
  fs.cpSync(template, scratch, { recursive: true });
  fs.rmSync(path.join(scratch, 'socialsme.lock'), { force: true });
  const core = benchCore(scratch);
  const imported = await core.dispatch('caseFiles.import', { base64: changedFile, conflicts: 'replace' });
  const backup = await core.dispatch('backups.create', {});
  core.close();
  if (!imported.ok || !backup.ok) throw new Error('preparing the kill cycles failed');
  const backupName = (backup.value as { name: string }).name;
  fs.mkdirSync(path.join(template, BACKUP_FOLDER), { recursive: true });
  fs.copyFileSync(path.join(scratch, BACKUP_FOLDER, backupName), path.join(template, BACKUP_FOLDER, backupName));
  const after = stateOf(scratch);
  fs.rmSync(scratch, { recursive: true, force: true });
  return { template, changedFile, before, after, backupName };
}

/**
 * `npm run bench -- kill [cycles]`: the host is killed (SIGKILL) at a random moment during a
 * backup, a restore and an import, `cycles` times each; afterwards the database must open and
 * hold exactly the state before or the state after, and every backup listed must be whole.
 */
export async function benchKills(cycles = 50): Promise<void> {
  const prep = await prepare();
  const request = (op: Op): [string, unknown] =>
    op === 'backup' ? ['backups.create', {}] : op === 'restore' ? ['backups.restore', { name: prep.backupName }] : ['caseFiles.import', { base64: prep.changedFile, conflicts: 'replace' }];
  const expectedAfter = (op: Op) => (op === 'backup' ? prep.before : prep.after);
  const table: Record<string, Record<string, string | number>> = {};
  let failures = 0;
  for (const op of ['backup', 'restore', 'import'] as Op[]) {
    // An uncut run first: the operation's duration sets the window the kills fall in.
    const full = await cycle(prep.template, async (host) => {
      const start = performance.now();
      const r = await host.raw(...request(op));
      if (!r.ok) throw new Error(`${op}: ${JSON.stringify(r.error)}`);
      return performance.now() - start;
    });
    if (stateOf(full.dir) !== expectedAfter(op)) throw new Error(`${op} without a kill did not give the expected state`);
    fs.rmSync(full.dir, { recursive: true, force: true });
    const window = full.value * 1.3 + 5;
    const counts = { before: 0, after: 0, other: 0, unopenable: 0, brokenBackups: 0 };
    for (let i = 0; i < cycles; i++) {
      const delay = Math.random() * window;
      const run = await cycle(prep.template, async (host) => {
        void host.raw(...request(op)).catch(() => {});
        await new Promise((r) => setTimeout(r, delay));
        await killHard(host);
      });
      try {
        const state = stateOf(run.dir);
        if (state === prep.before) counts.before++;
        else if (state === expectedAfter(op)) counts.after++;
        else counts.other++;
      } catch {
        counts.unopenable++;
      }
      counts.brokenBackups += brokenBackups(run.dir);
      fs.rmSync(run.dir, { recursive: true, force: true });
    }
    failures += counts.other + counts.unopenable + counts.brokenBackups;
    table[op] = { cycles, 'uncut (ms)': Math.round(full.value), 'state before': counts.before, 'state after': counts.after, 'a mixture': counts.other, 'does not open': counts.unopenable, 'listed backups not whole': counts.brokenBackups };
  }
  fs.rmSync(prep.template, { recursive: true, force: true });
  console.log(`\nKill -9 at a random moment during backup, restore and import (30 SMEs with full case files; killed within 1.3x the uncut duration):`);
  console.table(table);
  if (failures) {
    console.error(`${failures} cycles left a database that is neither the state before nor after`);
    process.exitCode = 1;
  }
}

/** Backups in the list that are not complete databases of ours. */
function brokenBackups(dir: string): number {
  const folder = path.join(dir, BACKUP_FOLDER);
  let broken = 0;
  for (const name of fs.existsSync(folder) ? fs.readdirSync(folder) : []) {
    if (!name.endsWith('.sqlite')) continue;
    try {
      previewBackup(path.join(folder, name));
    } catch {
      broken++;
    }
  }
  return broken;
}

/** A copy of the template folder, a host on it, `act`, and the host gone afterwards. */
async function cycle<T>(template: string, act: (host: HostProcess) => Promise<T>): Promise<{ dir: string; value: T }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'socialsme-kill-'));
  fs.cpSync(template, dir, { recursive: true });
  const host = await startHostProcess(dir);
  await host.post('smes.list', {});
  try {
    return { dir, value: await act(host) };
  } finally {
    await killHard(host);
  }
}
