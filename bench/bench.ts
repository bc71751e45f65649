import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { SmeInput } from '../electron/api/sme';
import { fold } from '../electron/api/text';
import { createAppCore } from '../electron/core/app-core';
import { appRoot } from '../electron/core/app-root';
import { JsonSettingsStore } from '../electron/core/settings/json-store';
import { SmeRepository } from '../electron/core/smes/repository';
import { generateSmes, typedQueries } from './data';
import { benchLibrarySearch } from './library-bench';
import { benchPdfs } from './pdf-bench';
import { ms, timeEach } from './stats';

// `npm run bench`: figures for the closing notes, not a pass/fail test.
const SMES = 5000;
const QUERIES = 200;

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'socialsme-bench-'));
  const core = createAppCore({
    dataDir,
    settings: new JsonSettingsStore(dataDir),
    shell: 'browser',
    version: 'bench',
    systemLanguages: () => ['en'],
  });
  const db = core.db!;
  const fillStart = performance.now();
  const repository = new SmeRepository(db);
  db.transaction(() => {
    for (const sme of generateSmes(SMES)) repository.create(SmeInput.parse(sme));
  })();
  console.log(`Generated ${SMES} SMEs with 3 contacts each in ${ms(performance.now() - fillStart)}`);
  const queries = typedQueries(QUERIES);

  // 1. Raw SQL: the same statements the repository runs, prepared once.
  const where = 'WHERE deleted_at IS NULL AND archived = 0 AND instr(search_folded, ?) > 0';
  const count = db.prepare(`SELECT count(*) AS n FROM smes ${where}`);
  const page = db.prepare(
    `SELECT s.*, (SELECT count(*) FROM sme_contacts c WHERE c.sme_id = s.id) AS contact_count FROM smes s
     ${where} ORDER BY name_folded ASC NULLS LAST, name_folded ASC, id ASC LIMIT 100 OFFSET 0`,
  );
  const raw = await timeEach(queries, (q) => {
    const needle = fold(q);
    count.get(needle);
    return page.all(needle);
  });

  // 2. The core call, with validation and mapping, as IPC would run it.
  const viaCore = await timeEach(queries, (q) => core.dispatch('smes.list', { text: q, limit: 100 }));
  core.close();

  // 3. Through the browser host over HTTP, in its own process so its memory can be read.
  const host = spawn(process.execPath, [path.join(appRoot(), 'dist', 'host', 'cli.cjs'), '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve) => {
    readline.createInterface({ input: host.stdout! }).on('line', (line) => line.startsWith('URL: ') && resolve(line.slice(5)));
  });
  const { origin, searchParams } = new URL(url);
  const token = searchParams.get('token')!;
  const viaHost = await timeEach(queries, async (q) => {
    const response = await fetch(`${origin}/api/smes.list`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: q, limit: 100 }),
    });
    return response.json();
  });
  // Live workshop mode: every keystroke in a worksheet field is saved through the host.
  const post = async (channel: string, body: unknown) => {
    const response = await fetch(`${origin}/api/${channel}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    return ((await response.json()) as { value: { id: string; workshops: { id: string }[] } }).value;
  };
  const firstSme = (await post('smes.list', { limit: 1 })) as unknown as { items: { id: string }[] };
  const benchProcess = await post('processes.create', { smeId: firstSme.items[0]!.id, title: 'Bench', language: 'en', startDate: '2027-01-01' });
  const sentence = 'We give every new baker a mentor for the first three months and ask them what they need to learn. ';
  const keystrokes = Array.from({ length: 200 }, (_, i) => sentence.repeat(3).slice(0, i + 1));
  const typing = await timeEach(keystrokes, (text) =>
    post('workshops.saveAnswer', { workshopId: benchProcess.workshops[0]!.id, worksheetId: 'ws1-starting-points', fieldId: 'sr-definition', value: text }),
  );

  const status = fs.readFileSync(`/proc/${host.pid}/status`, 'utf8');
  const peakKb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  host.kill('SIGTERM');

  console.log(`\nSME search as you type, ${QUERIES} queries over ${SMES} SMEs (first 100 results + total):`);
  console.table({
    'raw SQL': { p50: ms(raw.p50), p95: ms(raw.p95), max: ms(raw.max) },
    'core call': { p50: ms(viaCore.p50), p95: ms(viaCore.p95), max: ms(viaCore.max) },
    'browser host (HTTP)': { p50: ms(viaHost.p50), p95: ms(viaHost.p95), max: ms(viaHost.max) },
  });
  console.log(`core / raw SQL (p95): ${(viaCore.p95 / raw.p95).toFixed(2)}x   (target ≤ 1.5x)`);
  console.log(`host / raw SQL (p95): ${(viaHost.p95 / raw.p95).toFixed(2)}x`);
  console.log(`host p95: ${ms(viaHost.p95)}   (target < 15 ms)`);
  console.log(`host peak RSS: ${(peakKb / 1024).toFixed(1)} MB   (target < 200 MB)`);
  console.log(`\nWorksheet keystroke saved through the host: p50 ${ms(typing.p50)}   p95 ${ms(typing.p95)}   (target p95 < 20 ms)`);
  fs.rmSync(dataDir, { recursive: true, force: true });

  await benchLibrarySearch();
  await benchPdfs();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
