import type { ContentLibrary } from '../library/library';
import type { StrategyReportInput } from '../strategy/report';
import type { MinutesInput } from '../workshops/minutes';
import { minutesCaptions, reportCaptions } from './captions';

// Loaded on first use: keeps start-up fast and lets the bundler keep react-pdf as an ES module.
const pdfModule = () => import('./index');

export interface PdfFile {
  fileName: string;
  /** The PDF bytes, base64: the same over IPC and over the browser host's JSON. */
  base64: string;
}

/** Makes package PDFs on demand; each is made once per language and kept (the text is fixed). */
export class PdfService {
  private readonly cache = new Map<string, Promise<Buffer>>();

  constructor(private readonly library: ContentLibrary) {}

  async document(language: string, id: string): Promise<PdfFile> {
    const doc = this.library.document(language, id);
    const key = `doc:${doc.language}:${id}`;
    const { renderDocumentPdf, pdfLabels } = await pdfModule();
    const bytes = await this.cached(key, () => renderDocumentPdf(doc, { labels: pdfLabels(this.library, doc.language) }));
    return { fileName: fileName(`${doc.packageTitle} - ${doc.title}`), base64: bytes.toString('base64') };
  }

  async worksheet(language: string, id: string, smeName?: string): Promise<PdfFile> {
    const view = this.library.worksheet(language, id);
    const lng = this.library.resolve(language);
    const workshop = this.library.document(lng, view.workshop);
    const key = `ws:${lng}:${id}:${smeName ?? ''}`;
    const { renderWorksheetPdf } = await pdfModule();
    const render = () => renderWorksheetPdf(view, { language: lng, packageTitle: workshop.packageTitle, workshopTitle: workshop.title, ...(smeName ? { smeName } : {}) });
    const bytes = smeName ? await render() : await this.cached(key, render);
    return { fileName: fileName(`${view.title}${smeName ? ` - ${smeName}` : ''}`), base64: bytes.toString('base64') };
  }

  /**
   * Loads the PDF module and its fonts ahead of the first request (about a second), so the
   * facilitator's first "Minutes (PDF)" in a meeting does not wait for it.
   */
  async warmUp(): Promise<void> {
    await (await pdfModule()).loadPdfFonts();
  }

  /** Minutes change with every keystroke of the record: made fresh each time. */
  async minutes(input: MinutesInput): Promise<PdfFile> {
    const { renderMinutesPdf } = await pdfModule();
    const bytes = await renderMinutesPdf(input);
    const day = input.plannedAt ? ` ${input.plannedAt.slice(0, 10)}` : '';
    return { fileName: fileName(`${minutesCaptions(input.language).title} - ${input.smeName} - ${input.workshopTitle}${day}`), base64: bytes.toString('base64') };
  }

  /** The SME's SR strategy: profile, vision, stakeholders, strategy map, plans, indicators, self-evaluation. */
  async strategy(input: StrategyReportInput): Promise<PdfFile> {
    const { renderStrategyPdf } = await pdfModule();
    const bytes = await renderStrategyPdf(input);
    return { fileName: fileName(`${reportCaptions(input.language).strategyTitle} - ${input.sme.name} - ${input.process.title}`), base64: bytes.toString('base64') };
  }

  /** Progress from `from` to `to` (inclusive): indicator trends, activities done and late, self-evaluations compared. */
  async progress(input: StrategyReportInput, period: { from: string; to: string }): Promise<PdfFile> {
    const { renderProgressPdf } = await pdfModule();
    const bytes = await renderProgressPdf(input, period);
    return { fileName: fileName(`${reportCaptions(input.language).progressTitle} - ${input.sme.name} ${period.from} - ${period.to}`), base64: bytes.toString('base64') };
  }

  /** One page for the SME's owner, in plain words. */
  async summary(input: StrategyReportInput): Promise<PdfFile> {
    const { renderSummaryPdf } = await pdfModule();
    const bytes = await renderSummaryPdf(input);
    return { fileName: fileName(`${reportCaptions(input.language).summaryTitle} - ${input.sme.name}`), base64: bytes.toString('base64') };
  }

  private cached(key: string, make: () => Promise<Buffer>): Promise<Buffer> {
    let entry = this.cache.get(key);
    if (!entry) {
      entry = make();
      this.cache.set(key, entry);
      entry.catch(() => this.cache.delete(key));
    }
    return entry;
  }
}

/** A file name that is valid on Windows, macOS and Linux and keeps the title readable. */
export function fileName(title: string): string {
  const clean = [...title].map((ch) => (ch.charCodeAt(0) < 32 || '<>:"/\\|?*'.includes(ch) ? ' ' : ch)).join('').replace(/\s+/g, ' ').trim().slice(0, 120);
  return `${clean || 'document'}.pdf`;
}
