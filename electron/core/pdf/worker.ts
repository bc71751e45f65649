/**
 * The PDF worker (dist/pdf/worker.mjs): react-pdf, its fonts and every render run here, in a
 * worker thread, so the thread that answers the UI never waits for a page layout. react-pdf is
 * ESM-only and finds its data files next to its own modules, so this entry is built as an ES
 * module with react-pdf left in node_modules.
 */
import os from 'node:os';
import { parentPort } from 'node:worker_threads';
import { loadPdfFonts } from './fonts';
import type { PdfJob, PdfReply, PdfRequest } from './jobs';
import { renderMinutesPdf } from './minutes';
import { renderDocumentPdf, renderWorksheetPdf } from './package-pdf';
import { renderVsmeDraftPdf } from './vsme-draft';
import { renderProgressPdf, renderStrategyPdf, renderSummaryPdf } from './strategy-report';

async function make(job: PdfJob): Promise<Uint8Array> {
  switch (job.kind) {
    case 'document': return renderDocumentPdf(job.doc, job.options);
    case 'worksheet': return renderWorksheetPdf(job.view, job.options);
    case 'minutes': return renderMinutesPdf(job.input);
    case 'strategy': return renderStrategyPdf(job.input);
    case 'summary': return renderSummaryPdf(job.input);
    case 'progress': return renderProgressPdf(job.input, job.period);
    case 'vsmeDraft': return renderVsmeDraftPdf(job.draft);
    case 'warmUp':
      await loadPdfFonts();
      return new Uint8Array(0);
    default: return unknownJob(job);
  }
}

function unknownJob(job: never): never {
  throw new Error(`Unknown PDF job ${JSON.stringify(job)}`);
}

/** The bytes in an ArrayBuffer of their own, so they can be handed over instead of copied. */
function own(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
}

const port = parentPort;
if (!port) throw new Error('The PDF worker runs only as a worker thread');
// On a busy computer the thread answering the UI comes first, a PDF may take a moment longer.
// Linux keeps a nice value per thread, so this lowers only this one; on Windows and macOS the
// same call would lower the whole app, so it is left alone there.
if (process.platform === 'linux') {
  try {
    os.setPriority(10);
  } catch {
    // Not allowed here: render at normal priority.
  }
}
// One job at a time: react-pdf is CPU-bound, so taking two together only raises peak memory.
let queue: Promise<void> = Promise.resolve();
port.on('message', ({ id, job }: PdfRequest) => {
  queue = queue.then(async () => {
    let reply: PdfReply;
    try {
      const bytes = own(await make(job));
      reply = { id, ok: true, bytes };
      port.postMessage(reply, [bytes.buffer as ArrayBuffer]);
    } catch (error) {
      reply = { id, ok: false, message: error instanceof Error ? error.message : String(error), ...(error instanceof Error && error.stack ? { stack: error.stack } : {}) };
      port.postMessage(reply);
    }
  });
});
