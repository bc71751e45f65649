import fs from 'node:fs';
import { ms, percentile } from './stats';

type Post = (channel: string, body: unknown) => Promise<unknown>;

/** The process's resident memory now (VmRSS) and at its peak so far (VmHWM), in MB. */
export function memory(pid: number): { now: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return { now: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

/**
 * SME search through the host while every English package PDF is made through the same host
 * (what a facilitator searching during a "save all PDFs" waits for), then the host's memory
 * right after and once the PDF worker has had time to end (`settleMs`).
 */
export async function benchSearchWhileMakingPdfs(post: Post, queries: string[], pid: number, settleMs: number): Promise<void> {
  const toc = (await post('library.toc', { language: 'en' })) as { documents: { id: string }[] };
  const ids = toc.documents.map((d) => d.id);
  let making = true;
  const pdfStart = performance.now();
  const pdfs = (async () => {
    for (const id of ids) await post('library.pdf', { language: 'en', id });
    making = false;
  })();
  const times: number[] = [];
  for (let i = 0; making; i++) {
    const start = performance.now();
    await post('smes.list', { text: queries[i % queries.length], limit: 100 });
    if (making) times.push(performance.now() - start);
    // A typist's pace: a query every 30 ms or so.
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
  await pdfs;
  const pdfMs = performance.now() - pdfStart;
  const after = memory(pid);
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  const settled = memory(pid);
  times.sort((a, b) => a - b);
  console.log(`\nSME search through the host while the ${ids.length} English package PDFs are made through it (${(pdfMs / 1000).toFixed(1)} s, ${times.length} searches):`);
  console.log(`  p50 ${ms(percentile(times, 50))}   p95 ${ms(percentile(times, 95))}   max ${ms(times.at(-1) ?? NaN)}   (target p95 < 50 ms)`);
  console.log(`Host RSS after making PDFs: ${after.now.toFixed(1)} MB right after, ${settled.now.toFixed(1)} MB ${(settleMs / 1000).toFixed(0)} s later; peak ${settled.peak.toFixed(1)} MB   (target < 200 MB)`);
}
