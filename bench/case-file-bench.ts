import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SmeInput } from '../electron/api/smes';
import type { AppCore } from '../electron/core/app-core';
import { createAppCore } from '../electron/core/app-core';
import { exportDocument, importDocument } from '../electron/core/case-file/document';
import { JsonSettingsStore } from '../electron/core/settings/json-store';
import { SmeRepository } from '../electron/core/smes/repository';
import { ProcessRepository } from '../electron/core/processes/repository';
import { ProcessInput } from '../electron/api/processes';
import { generateSmes, typedQueries } from './data';
import { startHostProcess, stopHost } from './host-process';
import { ms, percentile } from './stats';

const meta = { appVersion: 'bench', language: 'en' as const };

export function benchCore(dataDir: string): AppCore {
  return createAppCore({ dataDir, settings: new JsonSettingsStore(dataDir), shell: 'browser', version: 'bench', systemLanguages: () => ['en'] });
}

/**
 * A data folder holding the example bakery and `copies - 1` copies of it (each a complete case
 * file under its own ids: six workshops, participants, answers, a whole strategy).
 */
export async function foldersWithCaseFiles(copies: number): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'socialsme-bench-cases-'));
  const core = benchCore(dir);
  const loaded = await core.dispatch('examples.load', {});
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
  const example = exportDocument(core.db!, [(loaded.value as { smeId: string }).smeId], meta);
  core.db!.transaction(() => {
    for (let i = 1; i < copies; i++) importDocument(core.db!, example, { conflicts: 'copy' });
  })();
  core.close();
  return dir;
}

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await run();
  return { value, ms: performance.now() - start };
}

/** Export and import through the host (what the facilitator waits for), of one example and of 200 SMEs. */
async function benchExportImport(): Promise<void> {
  console.log('\nCase files through the browser host (export: the file built and sent; import: sent, checked and written):');
  const rows: Record<string, Record<string, string>> = {};
  for (const copies of [1, 200]) {
    const source = await foldersWithCaseFiles(copies);
    const target = fs.mkdtempSync(path.join(os.tmpdir(), 'socialsme-bench-import-'));
    const from = await startHostProcess(source);
    await from.post('smes.list', {});
    const exported = await timed(() => from.post<{ base64: string }>('caseFiles.export', { smeIds: 'all' }));
    const sealed = await timed(() => from.post<{ base64: string }>('caseFiles.export', { smeIds: 'all', passphrase: 'bench passphrase' }));
    await stopHost(from);
    const to = await startHostProcess(target);
    await to.post('smes.list', {});
    const imported = await timed(() => to.post<{ imported: unknown[] }>('caseFiles.import', { base64: exported.value.base64 }));
    if (imported.value.imported.length !== copies) throw new Error(`imported ${imported.value.imported.length} of ${copies}`);
    const again = await timed(() => to.post('caseFiles.import', { base64: exported.value.base64, conflicts: 'replace' }));
    const openedSealed = await timed(() => to.post('caseFiles.preview', { base64: sealed.value.base64, passphrase: 'bench passphrase' }));
    await stopHost(to);
    rows[copies === 1 ? 'the example (1 SME)' : `${copies} SMEs`] = {
      'file MB': (Buffer.from(exported.value.base64, 'base64').length / 1024 / 1024).toFixed(2),
      export: ms(exported.ms),
      'export protected': ms(sealed.ms),
      'import (new)': ms(imported.ms),
      'import (replace all, backup first)': ms(again.ms),
      'open protected + preview': ms(openedSealed.ms),
    };
    for (const dir of [source, target]) fs.rmSync(dir, { recursive: true, force: true });
  }
  console.table(rows);
  console.log('(target: export and import under 2 s each)');
}

/**
 * A database of about `mb` MB shaped like years of work: 5,000 SMEs with three contacts each, a
 * 6x3 process each, and the workshop notes holding the bulk (not the SME rows search reads).
 */
function bigDatabase(mb: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'socialsme-bench-big-'));
  const core = benchCore(dir);
  const db = core.db!;
  const repository = new SmeRepository(db);
  const processes = new ProcessRepository(db);
  const smes = generateSmes(5000);
  db.transaction(() => {
    for (const sme of smes) {
      const { id } = repository.create(SmeInput.parse(sme));
      processes.create(ProcessInput.parse({ smeId: id, title: 'SR strategy', language: 'en', startDate: '2027-01-10' }));
    }
  })();
  const workshops = (db.prepare('SELECT count(*) AS n FROM workshops').get() as { n: number }).n;
  const perWorkshop = Math.floor((mb * 1024 * 1024) / workshops);
  const words = 'Notes from the workshop with the owner about apprentices, suppliers and the town. ';
  db.prepare('UPDATE workshops SET notes = ? || id').run(words.repeat(Math.ceil(perWorkshop / words.length)).slice(0, perWorkshop));
  core.close();
  // Closing took a backup on quit; the host's first backup of the day is then not due, so the measured one is alone.
  return dir;
}

/** SME search through the host, typed at a person's pace, while `busy` is true (or `count` times). */
async function searchWhile(post: (c: string, b: unknown) => Promise<unknown>, busy: () => boolean, count = Infinity): Promise<number[]> {
  const queries = typedQueries(200);
  const times: number[] = [];
  for (let i = 0; busy() && i < count; i++) {
    const t = performance.now();
    await post('smes.list', { text: queries[i % queries.length], limit: 100 });
    if (busy()) times.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 30));
  }
  return times.sort((a, b) => a - b);
}

/** "Back up now" of a 200 MB database through the host, with SME search typed meanwhile. */
async function benchBigBackup(): Promise<void> {
  const dir = bigDatabase(200);
  const dbBytes = fs.readdirSync(dir).filter((f) => f.endsWith('.sqlite')).reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0);
  const host = await startHostProcess(dir);
  const quiet = await searchWhile(host.post, () => true, 200);
  let running = true;
  const start = performance.now();
  const backup = host.post<{ bytes: number }>('backups.create', {}).finally(() => (running = false));
  const times = await searchWhile(host.post, () => running);
  const info = await backup;
  const backupMs = performance.now() - start;
  await stopHost(host);
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(`\nBackup of a ${(dbBytes / 1024 / 1024).toFixed(0)} MB database (5,000 SMEs, 30,000 workshops) through the host: ${(backupMs / 1000).toFixed(2)} s, file ${(info.bytes / 1024 / 1024).toFixed(0)} MB`);
  console.log(`SME search with nothing else running (${quiet.length} searches): p50 ${ms(percentile(quiet, 50))}   p95 ${ms(percentile(quiet, 95))}`);
  console.log(`SME search meanwhile (${times.length} searches): p50 ${ms(percentile(times, 50))}   p95 ${ms(percentile(times, 95))}   max ${ms(times.at(-1) ?? NaN)}   (target p95 < 50 ms)`);
}

export async function benchCaseFiles(): Promise<void> {
  await benchExportImport();
  await benchBigBackup();
}
