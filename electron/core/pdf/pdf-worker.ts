import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { appRoot } from '../app-root';
import type { PdfJob, PdfRenderer, PdfReply, PdfRequest } from './jobs';

/** The worker bundle beside the app's other bundles (scripts/build-node.mjs writes it). */
export const pdfWorkerFile = () => path.join(appRoot(), 'dist', 'pdf', 'worker.mjs');

/** How long an idle worker is kept: react-pdf and its fonts hold about 100 MB, given back when it ends. */
const IDLE_MS = 30_000;

interface Waiting {
  resolve(bytes: Buffer): void;
  reject(error: Error): void;
}

/**
 * Makes PDFs in a worker thread, started on first use and ended when it has been idle a while.
 * In Electron this runs in the main process as in the browser host: a worker thread needs no
 * second entry point or IPC of its own, and the main thread stays free to answer the window.
 */
export class PdfWorker implements PdfRenderer {
  private worker: Worker | null = null;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(private readonly options: { file?: string; idleMs?: number } = {}) {}

  render(job: PdfJob): Promise<Buffer> {
    const worker = this.started();
    const id = this.nextId++;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    // Keep the process alive while a PDF is on its way, not while the worker waits for work.
    worker.ref();
    return new Promise<Buffer>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, job } satisfies PdfRequest);
    });
  }

  /** Ends the worker; PDFs still on their way fail. */
  async close(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const worker = this.worker;
    this.worker = null;
    this.failAll(new Error('The PDF worker was closed'));
    if (worker) await worker.terminate();
  }

  /** Whether a worker thread is running now (for tests and the benchmark). */
  get running(): boolean {
    return this.worker !== null;
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.options.file ?? pdfWorkerFile());
    worker.on('message', (reply: PdfReply) => this.answer(reply));
    // A crash (out of memory, a bug in a renderer) fails the PDFs on their way; the next starts a new worker.
    worker.on('error', (error) => this.stopped(worker, error));
    worker.on('exit', (code) => this.stopped(worker, new Error(`The PDF worker stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }

  private answer(reply: PdfReply): void {
    const waiting = this.waiting.get(reply.id);
    this.waiting.delete(reply.id);
    if (waiting) {
      if (reply.ok) waiting.resolve(Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength));
      else waiting.reject(Object.assign(new Error(reply.message), reply.stack ? { stack: reply.stack } : {}));
    }
    if (this.waiting.size === 0) this.idle();
  }

  private idle(): void {
    const worker = this.worker;
    if (!worker) return;
    worker.unref();
    this.idleTimer = setTimeout(() => {
      if (this.worker !== worker || this.waiting.size > 0) return;
      this.worker = null;
      void worker.terminate();
    }, this.options.idleMs ?? IDLE_MS);
    this.idleTimer.unref();
  }

  private stopped(worker: Worker, error: Error): void {
    if (this.worker !== worker) return;
    this.worker = null;
    this.failAll(error);
  }

  private failAll(error: Error): void {
    const all = [...this.waiting.values()];
    this.waiting.clear();
    for (const w of all) w.reject(error);
  }
}
