import fs from 'node:fs';
import path from 'node:path';
import type { ContentLibrary } from '../library/library';
import { pdfLabels } from './labels';
import { renderDocumentPdf, renderWorksheetPdf } from './package-pdf';

export interface BuiltPdf {
  /** Path relative to outDir, with forward slashes. */
  file: string;
  bytes: number;
  ms: number;
}

/**
 * Every package PDF of one language: each document in reading order (`<lng>/<nn>-<id>.pdf`) and
 * a blank handout per worksheet (`<lng>/worksheets/<id>.pdf`). Rendered one after the other:
 * react-pdf is CPU-bound, so running them together only raises peak memory.
 */
export async function buildPackagePdfs(
  library: ContentLibrary,
  language: string,
  outDir: string,
  onProgress?: (done: number, total: number, name: string) => void,
): Promise<BuiltPdf[]> {
  const documents = library.documents(language);
  const lng = library.resolve(language);
  const worksheets = library.getStructure().worksheets;
  const labels = pdfLabels(library, lng);
  const jobs: { file: string; render: () => Promise<Buffer> }[] = [
    ...documents.map((doc, i) => ({
      file: `${lng}/${String(i + 1).padStart(2, '0')}-${doc.id}.pdf`,
      render: () => renderDocumentPdf(doc, { labels }),
    })),
    ...worksheets.map((ws) => ({
      file: `${lng}/worksheets/${ws.id}.pdf`,
      render: () => {
        const view = library.worksheet(lng, ws.id);
        const workshop = documents.find((d) => d.id === view.workshop);
        return renderWorksheetPdf(view, { language: lng, packageTitle: documents[0]?.packageTitle ?? '', workshopTitle: workshop?.title });
      },
    })),
  ];
  fs.mkdirSync(path.join(outDir, lng, 'worksheets'), { recursive: true });
  const built: BuiltPdf[] = [];
  for (const job of jobs) {
    const start = performance.now();
    const buffer = await job.render();
    fs.writeFileSync(path.join(outDir, job.file), buffer);
    built.push({ file: job.file, bytes: buffer.length, ms: performance.now() - start });
    onProgress?.(built.length, jobs.length, job.file);
  }
  return built;
}
