import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import type { ContentLibrary } from '../library/library';
import type { PdfLabels } from './blocks';

/**
 * The captions of labels.yaml. The document model leaves them out (the reader has its own), so
 * they are read here; a language without the file yet prints English captions. Apart from the
 * renderers, so the process answering the UI can read them without loading react-pdf.
 */
export function pdfLabels(library: ContentLibrary, language: string): Partial<PdfLabels> {
  for (const lng of [language, 'en']) {
    const file = path.join(library.contentDir, lng, 'labels.yaml');
    if (fs.existsSync(file)) return YAML.parse(fs.readFileSync(file, 'utf8')) as Partial<PdfLabels>;
  }
  return {};
}
