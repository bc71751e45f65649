import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { appRoot } from '../electron/core/app-root';
import { ContentLibrary } from '../electron/core/library/library';
import { renderDocumentPdf } from '../electron/core/pdf/package-pdf';
import { pdfLabels } from '../electron/core/pdf/labels';
import { buildPackagePdfs } from '../electron/core/pdf/package-pdfs';

/** pdfkit writes every page object uncompressed, so counting them needs no PDF parser. */
const pageCount = (bytes: Buffer) => (bytes.toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length;

/** Time to make every English package PDF and the largest, then every PDF of every language present. */
export async function benchPdfs(): Promise<void> {
  const library = new ContentLibrary(path.join(appRoot(), 'content'));
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'socialsme-pdf-bench-'));
  try {
    const start = performance.now();
    const built = await buildPackagePdfs(library, 'en', outDir);
    const totalMs = performance.now() - start;
    const documents = built.filter((b) => !b.file.includes('/worksheets/'));
    const handouts = built.filter((b) => b.file.includes('/worksheets/'));
    const largest = documents.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    const largestPages = pageCount(fs.readFileSync(path.join(outDir, largest.file)));

    // Again with fonts loaded and code warm: what a user waits for on a second PDF.
    const id = path.basename(largest.file, '.pdf').replace(/^\d+-/, '');
    const warmStart = performance.now();
    await renderDocumentPdf(library.document('en', id), { labels: pdfLabels(library, 'en') });
    const warmMs = performance.now() - warmStart;

    const sum = (xs: typeof built) => xs.reduce((n, b) => n + b.ms, 0);
    console.log(`\nPackage PDFs, English: ${documents.length} documents + ${handouts.length} worksheet handouts`);
    console.log(`  all: ${(totalMs / 1000).toFixed(2)} s   documents ${(sum(documents) / 1000).toFixed(2)} s   handouts ${(sum(handouts) / 1000).toFixed(2)} s (mean ${(sum(handouts) / Math.max(1, handouts.length)).toFixed(0)} ms)`);
    console.log(`  largest: ${largest.file}, ${largestPages} pages, ${(largest.bytes / 1024).toFixed(0)} kB, ${largest.ms.toFixed(0)} ms (warm ${warmMs.toFixed(0)} ms)`);
    const slowest = built.reduce((a, b) => (b.ms > a.ms ? b : a));
    if (slowest !== largest) console.log(`  slowest: ${slowest.file}, ${slowest.ms.toFixed(0)} ms (the first PDF also loads the fonts)`);

    // The whole CD: every language present, as a training provider would build it for a stick.
    const others = library.languages().filter((l) => l !== 'en');
    const perLanguage: string[] = [];
    let allMs = totalMs;
    let allFiles = built.length;
    for (const lng of others) {
      const t = performance.now();
      const files = await buildPackagePdfs(library, lng, outDir);
      const took = performance.now() - t;
      allMs += took;
      allFiles += files.length;
      perLanguage.push(`${lng} ${(took / 1000).toFixed(1)} s`);
    }
    console.log(`  all ${others.length + 1} languages: ${allFiles} PDFs in ${(allMs / 1000).toFixed(1)} s (target < 60 s)   ${['en ' + (totalMs / 1000).toFixed(1) + ' s', ...perLanguage].join(', ')}`);
  } finally {
    library.close();
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}
