import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { printable } from '../../electron/core/pdf/glyphs';

// A font without a glyph falls back silently in react-pdf; reading the text back out of the PDF
// is the only check that what was printed is what was written.
export const squash = (s: string) => printable(s).normalize('NFC').replace(/\s+/g, ' ').trim();

/** Text of a PDF, the running footer apart so a paragraph that crosses a page reads whole. */
export async function pdfText(bytes: Buffer): Promise<{ pages: number; text: string; footers: string[]; outline: string[] }> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  const parts: string[] = [];
  const footers: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    const footer: string[] = [];
    for (const item of content.items) {
      if (!('str' in item)) continue;
      // The footer sits in the bottom margin, below 50 pt from the page edge.
      (item.transform[5]! < 50 ? footer : parts).push(item.str, item.hasEOL ? ' ' : '');
    }
    footers.push(squash(footer.join(' ')));
    parts.push(' ');
  }
  const outline: string[] = [];
  const walk = (items: { title: string; items: unknown[] }[] | null) => items?.forEach((i) => (outline.push(i.title), walk(i.items as never)));
  walk(await pdf.getOutline());
  const pages = pdf.numPages;
  await pdf.destroy();
  return { pages, text: squash(parts.join('')), footers, outline };
}

