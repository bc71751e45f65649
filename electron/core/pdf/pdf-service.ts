import type { PdfFile } from '../../api/channel';
import type { VsmeDraft } from '../../api/standards';
import type { AnswerValue } from '../../api/workshops';
import type { ContentLibrary } from '../library/library';
import type { StrategyReportInput } from './inputs';
import type { MinutesInput } from './inputs';
import { minutesCaptions, reportCaptions } from './captions';
import type { PdfRenderer } from './jobs';
import { pdfLabels } from './labels';
import { PdfWorker } from './pdf-worker';


/**
 * The documents as PDF files. The data is gathered here; the pages are made by `renderer`, a
 * worker thread in the app, so a long document never holds up the answers to the UI. Package
 * PDFs are made once per language and kept (the text is fixed).
 */
export class PdfService {
  private readonly cache = new Map<string, Promise<Buffer>>();

  constructor(
    private readonly library: ContentLibrary,
    private readonly renderer: PdfRenderer = new PdfWorker(),
  ) {}

  async document(language: string, id: string): Promise<PdfFile> {
    const doc = this.library.document(language, id);
    const key = `doc:${doc.language}:${id}`;
    const bytes = await this.cached(key, () => this.renderer.render({ kind: 'document', doc, options: { labels: pdfLabels(this.library, doc.language) } }));
    return { fileName: fileName(`${doc.packageTitle} - ${doc.title}`), base64: bytes.toString('base64') };
  }

  /** `filled`: fields printed with the SME's records in them (see filledFromRecords); such a sheet is made fresh. */
  async worksheet(language: string, id: string, smeName?: string, filled: Record<string, AnswerValue> = {}): Promise<PdfFile> {
    const view = this.library.worksheet(language, id);
    const lng = this.library.resolve(language);
    const workshop = this.library.document(lng, view.workshop);
    const key = `ws:${lng}:${id}:${smeName ?? ''}`;
    const render = () => this.renderer.render({ kind: 'worksheet', view, options: { language: lng, packageTitle: workshop.packageTitle, workshopTitle: workshop.title, ...(smeName ? { smeName } : {}), filled } });
    const bytes = smeName ? await render() : await this.cached(key, render);
    return { fileName: fileName(`${view.title}${smeName ? ` - ${smeName}` : ''}`), base64: bytes.toString('base64') };
  }

  /**
   * Starts the worker and loads its fonts ahead of the first request (about a second), so the
   * facilitator's first PDF soon after start does not wait for it.
   */
  async warmUp(): Promise<void> {
    await this.renderer.render({ kind: 'warmUp' });
  }

  /** Ends the worker (the app is closing). */
  close(): Promise<void> {
    return this.renderer.close();
  }

  /** Minutes change with every keystroke of the record: made fresh each time. */
  async minutes(input: MinutesInput): Promise<PdfFile> {
    const bytes = await this.renderer.render({ kind: 'minutes', input });
    const day = input.plannedAt ? ` ${input.plannedAt.slice(0, 10)}` : '';
    return { fileName: fileName(`${minutesCaptions(input.language).title} - ${input.smeName} - ${input.workshopTitle}${day}`), base64: bytes.toString('base64') };
  }

  /** The SME's SR strategy: profile, vision, stakeholders, strategy map, plans, indicators, self-evaluation. */
  async strategy(input: StrategyReportInput): Promise<PdfFile> {
    const bytes = await this.renderer.render({ kind: 'strategy', input });
    return { fileName: fileName(`${reportCaptions(input.language).strategyTitle} - ${input.sme.name} - ${input.process.title}`), base64: bytes.toString('base64') };
  }

  /** Progress from `from` to `to` (inclusive): indicator trends, activities done and late, self-evaluations compared. */
  async progress(input: StrategyReportInput, period: { from: string; to: string }): Promise<PdfFile> {
    const bytes = await this.renderer.render({ kind: 'progress', input, period });
    return { fileName: fileName(`${reportCaptions(input.language).progressTitle} - ${input.sme.name} ${period.from} - ${period.to}`), base64: bytes.toString('base64') };
  }

  /** One page for the SME's owner, in plain words. */
  async summary(input: StrategyReportInput): Promise<PdfFile> {
    const bytes = await this.renderer.render({ kind: 'summary', input });
    return { fileName: fileName(`${reportCaptions(input.language).summaryTitle} - ${input.sme.name}`), base64: bytes.toString('base64') };
  }

  /** The VSME Basic-module draft, made from the case file each time. */
  async vsmeDraft(draft: VsmeDraft): Promise<PdfFile> {
    const bytes = await this.renderer.render({ kind: 'vsmeDraft', draft });
    return { fileName: fileName(`${draft.title} - ${draft.smeName}`), base64: bytes.toString('base64') };
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
