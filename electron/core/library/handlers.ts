import type { PdfService } from '../pdf/pdf-service';
import type { ContentLibrary } from './library';
import type { SliceHandlers } from '../slice';

export const libraryHandlers = (deps: { library: ContentLibrary; pdfs: PdfService }): SliceHandlers<'library'> => ({
  'library.toc': ({ language }) => ({ ...deps.library.toc(language), requested: language, available: deps.library.languages() }),
  'library.document': ({ language, id }) => deps.library.document(language, id),
  'library.search': ({ language, text, limit }) => deps.library.search(language, text, limit),
  'library.worksheet': ({ language, id }) => deps.library.worksheet(language, id),
  'library.pdf': ({ language, id }) => deps.pdfs.document(language, id),
  'library.worksheetPdf': ({ language, id, smeName }) => deps.pdfs.worksheet(language, id, smeName),
});
