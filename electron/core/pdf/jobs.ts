import type { DocumentModel, WorksheetView } from '../../api/library';
import type { VsmeDraft } from '../../api/standards';
import type { StrategyReportInput } from './inputs';
import type { MinutesInput } from './inputs';
import type { DocumentPdfOptions, WorksheetPdfOptions } from './package-pdf';

/**
 * What the PDF worker is asked to make: plain data only (it crosses threads by structured
 * clone), gathered from the database and the package by the process that answers the UI.
 */
export type PdfJob =
  | { kind: 'document'; doc: DocumentModel; options: DocumentPdfOptions }
  | { kind: 'worksheet'; view: WorksheetView; options: WorksheetPdfOptions }
  | { kind: 'minutes'; input: MinutesInput }
  | { kind: 'strategy'; input: StrategyReportInput }
  | { kind: 'summary'; input: StrategyReportInput }
  | { kind: 'progress'; input: StrategyReportInput; period: { from: string; to: string } }
  | { kind: 'vsmeDraft'; draft: VsmeDraft }
  /** Loads react-pdf and the fonts, makes nothing. */
  | { kind: 'warmUp' };

export interface PdfRequest {
  id: number;
  job: PdfJob;
}

export type PdfReply = { id: number; ok: true; bytes: Uint8Array } | { id: number; ok: false; message: string; stack?: string };

/** Makes PDFs; the worker in the app, anything with the same answers in a test. */
export interface PdfRenderer {
  render(job: PdfJob): Promise<Buffer>;
  close(): Promise<void>;
}
