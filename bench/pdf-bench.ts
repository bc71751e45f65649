import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { appRoot } from '../electron/core/app-root';
import { ContentLibrary } from '../electron/core/content/library';

type PdfModule = typeof import('../electron/core/pdf/index');

/**
 * react-pdf is ESM-only and cannot live in this CommonJS bundle, so the benchmark loads the PDF
 * bundle that `npm run build` made (dist/pdf/index.mjs), the same code the app runs.
 */
function loadPdfModule(): Promise<PdfModule> {
  const file = path.join(appRoot(), 'dist', 'pdf', 'index.mjs');
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run npm run build first`);
  return import(pathToFileURL(file).href) as Promise<PdfModule>;
}

/** pdfkit writes every page object uncompressed, so counting them needs no PDF parser. */
const pageCount = (bytes: Buffer) => (bytes.toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length;

/** Time to make every English package PDF (the CD's share of one language), and the largest. */
export async function benchPdfs(): Promise<void> {
  const pdf = await loadPdfModule();
  const library = new ContentLibrary(path.join(appRoot(), 'content'));
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'socialsme-pdf-bench-'));
  try {
    const start = performance.now();
    const built = await pdf.buildPackagePdfs(library, 'en', outDir);
    const totalMs = performance.now() - start;
    const documents = built.filter((b) => !b.file.includes('/worksheets/'));
    const handouts = built.filter((b) => b.file.includes('/worksheets/'));
    const largest = documents.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    const largestPages = pageCount(fs.readFileSync(path.join(outDir, largest.file)));

    // Again with fonts loaded and code warm: what a user waits for on a second PDF.
    const id = path.basename(largest.file, '.pdf').replace(/^\d+-/, '');
    const warmStart = performance.now();
    await pdf.renderDocumentPdf(library.document('en', id), { labels: pdf.pdfLabels(library, 'en') });
    const warmMs = performance.now() - warmStart;

    const sum = (xs: typeof built) => xs.reduce((n, b) => n + b.ms, 0);
    console.log(`\nPackage PDFs, English: ${documents.length} documents + ${handouts.length} worksheet handouts`);
    console.log(`  all: ${(totalMs / 1000).toFixed(2)} s   documents ${(sum(documents) / 1000).toFixed(2)} s   handouts ${(sum(handouts) / 1000).toFixed(2)} s (mean ${(sum(handouts) / Math.max(1, handouts.length)).toFixed(0)} ms)`);
    console.log(`  largest: ${largest.file}, ${largestPages} pages, ${(largest.bytes / 1024).toFixed(0)} kB, ${largest.ms.toFixed(0)} ms (warm ${warmMs.toFixed(0)} ms)`);
    const slowest = built.reduce((a, b) => (b.ms > a.ms ? b : a));
    if (slowest !== largest) console.log(`  slowest: ${slowest.file}, ${slowest.ms.toFixed(0)} ms (the first PDF also loads the fonts)`);
  } finally {
    library.close();
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}
