import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { HOST_TOKEN_HEADER } from '../electron/api/client';
import { SmeInput } from '../electron/api/smes';
import { fold } from '../electron/api/text';
import { createAppCore } from '../electron/core/app-core';
import { appRoot } from '../electron/core/app-root';
import { JsonSettingsStore } from '../electron/core/settings/json-store';
import { SmeRepository } from '../electron/core/smes/repository';
import { generateSmes, typedQueries } from './data';
import { benchCaseFiles } from './case-file-bench';
import { benchSearchWhileMakingPdfs } from './host-pdf-bench';
import { benchKills } from './kill-bench';
import { benchLibrarySearch } from './library-bench';
import { benchPdfs } from './pdf-bench';
import { benchStartup } from './startup-bench';
import { ms, timeEach } from './stats';
import { benchStrategy } from './strategy-bench';
import { benchVoting } from './voting-bench';

// `npm run bench`: figures for the closing notes, not a pass/fail test.
const SMES = 5000;
const QUERIES = 200;

async function main() {
  // `npm run bench -- startup` measures only the start-up, which is quick and needs a build.
  if (process.argv.includes('startup')) return benchStartup();
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
      headers: { [HOST_TOKEN_HEADER]: token, 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: q, limit: 100 }),
    });
    return response.json();
  });
  // Live workshop mode: every keystroke in a worksheet field is saved through the host.
  const post = async (channel: string, body: unknown) => {
    const response = await fetch(`${origin}/api/${channel}`, {
      method: 'POST',
      headers: { [HOST_TOKEN_HEADER]: token, 'Content-Type': 'application/json' },
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

  const peakKbSearch = peak(host.pid!);

  // Minutes of a full workshop: every field of every worksheet answered, eight people, homework.
  const w1 = benchProcess.workshops[0]!.id;
  const smeId = firstSme.items[0]!.id;
  const sme = (await post('smes.get', { id: smeId })) as unknown as { contacts: { id: string; name: string }[] };
  await post('workshops.update', { id: w1, data: { plannedAt: '2027-01-12T09:00', place: 'Meeting room', status: 'held', decisions: sentence.repeat(6), notes: sentence.repeat(10) } });
  await post('workshops.setParticipants', { id: w1, participants: [...sme.contacts.map((c) => ({ contactId: c.id, name: c.name, attended: true })), ...['A', 'B', 'C', 'D', 'E'].map((n) => ({ name: `Guest ${n}`, invited: false, attended: true }))] });
  await post('workshops.setHomework', { id: w1, items: Array.from({ length: 5 }, (_, i) => ({ task: `Task ${i + 1}: ${sentence}`, owner: 'Owner', dueDate: '2027-02-01' })) });
  for (const sheet of ['ws1-triggers', 'ws1-inventory', 'ws1-starting-points']) {
    const view = (await post('library.worksheet', { language: 'en', id: sheet })) as unknown as { fields: { id: string; type: string; columns?: { id: string; type: string; options?: { id: string }[]; min?: number }[]; options?: { id: string }[]; min?: number }[] };
    for (const f of view.fields) {
      const cellValue = (c: { type: string; options?: { id: string }[]; min?: number }) =>
        c.type === 'choice' ? c.options![0]!.id : c.type === 'rating' ? (c.min ?? 1) : c.type === 'number' ? 3 : c.type === 'date' ? '2027-01-12' : sentence;
      const value = f.type === 'table' ? Array.from({ length: 8 }, () => Object.fromEntries(f.columns!.map((c) => [c.id, cellValue(c)]))) : cellValue(f);
      await post('workshops.saveAnswer', { workshopId: w1, worksheetId: sheet, fieldId: f.id, value });
    }
  }
  const minutesTimes: number[] = [];
  for (let i = 0; i < 6; i++) {
    const start = performance.now();
    await post('workshops.minutesPdf', { id: w1 });
    minutesTimes.push(performance.now() - start);
  }

  const peakKb = peak(host.pid!);
  // After the minutes, so the figures above stay comparable; the PDF worker ends after 30 s idle.
  const searchWhilePdfs = () => benchSearchWhileMakingPdfs(post, queries, host.pid!, 40_000);

  console.log(`\nSME search as you type, ${QUERIES} queries over ${SMES} SMEs (first 100 results + total):`);
  console.table({
    'raw SQL': { p50: ms(raw.p50), p95: ms(raw.p95), max: ms(raw.max) },
    'core call': { p50: ms(viaCore.p50), p95: ms(viaCore.p95), max: ms(viaCore.max) },
    'browser host (HTTP)': { p50: ms(viaHost.p50), p95: ms(viaHost.p95), max: ms(viaHost.max) },
  });
  console.log(`core / raw SQL (p95): ${(viaCore.p95 / raw.p95).toFixed(2)}x   (target ≤ 1.5x)`);
  console.log(`host / raw SQL (p95): ${(viaHost.p95 / raw.p95).toFixed(2)}x`);
  console.log(`host p95: ${ms(viaHost.p95)}   (target < 15 ms)`);
  console.log(`host peak RSS with 5,000 SMEs, searching and typing: ${(peakKbSearch / 1024).toFixed(1)} MB   (target < 200 MB)`);
  console.log(`host peak RSS after also making PDFs (react-pdf and fonts loaded): ${(peakKb / 1024).toFixed(1)} MB`);
  const warm = minutesTimes.slice(1).sort((a, b) => a - b);
  console.log(`\nMinutes PDF of a full workshop through the host: first ${ms(minutesTimes[0]!)} (PDF module warmed up at start), then median ${ms(warm[2]!)}, max ${ms(warm[4]!)}   (target < 1 s)`);
  console.log(`Worksheet keystroke saved through the host: p50 ${ms(typing.p50)}   p95 ${ms(typing.p95)}   (target p95 < 20 ms)`);
  await searchWhilePdfs();
  host.kill('SIGTERM');
  fs.rmSync(dataDir, { recursive: true, force: true });

  await benchLibrarySearch();
  await benchPdfs();
  await benchStrategy();
  await benchStartup();
  await benchVoting();
  await benchCaseFiles();
  await benchKills();
}

/** The process's peak resident memory so far (VmHWM), in kB. */
function peak(pid: number): number {
  return Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);
}

// `npm run bench -- voting | library | pdfs | case-files` runs only that part (the phones' voting
// server, the library search in every language, every package PDF in every language, export,
// import and backup); `-- kill [cycles]` only the kills during backup, restore and import.
const ONLY: Record<string, () => Promise<void>> = {
  voting: benchVoting, library: benchLibrarySearch, pdfs: benchPdfs, 'case-files': benchCaseFiles, kill: () => benchKills(Number(process.argv[3] ?? 50)),
};
(ONLY[process.argv[2] ?? ''] ?? main)().catch((error) => {
  console.error(error);
  process.exit(1);
});
