/**
 * The PDF module's entry. @react-pdf/renderer is ESM-only and finds its data files next to its
 * own modules, so it cannot be bundled into the CommonJS main-process bundle: this entry is built
 * as a separate ES module (dist/pdf/index.mjs) and loaded with import() when a PDF is first made.
 */
export { renderDocumentPdf, renderWorksheetPdf } from './package-pdf';
export { buildPackagePdfs, pdfLabels } from './package-pdfs';
export { renderMinutesPdf } from './minutes';
export { loadPdfFonts } from './fonts';
export { renderProgressPdf, renderStrategyPdf, renderSummaryPdf } from './strategy-report';
