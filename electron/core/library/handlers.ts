import type { PdfFile } from '../../api/channel';
import type { ContentLibrary } from './library';
import type { SliceHandlers } from '../slice';

/**
 * The package's documents as PDFs, as the library asks for them. The PDF module prints the library's
 * content, so it stands above the library; the library names only what it needs of it.
 */
interface PackagePdfs {
  document(language: string, id: string): Promise<PdfFile>;
  worksheet(language: string, id: string, smeName?: string): Promise<PdfFile>;
}

export const libraryHandlers = (deps: { library: ContentLibrary; pdfs: PackagePdfs }): SliceHandlers<'library'> => ({
  'library.toc': ({ language }) => ({ ...deps.library.toc(language), requested: language, available: deps.library.languages() }),
  'library.document': ({ language, id }) => deps.library.document(language, id),
  'library.statements': ({ language }) => {
    const se = deps.library.getStructure().selfEvaluation;
    const text = deps.library.selfEvaluationText(language);
    const statement = (i: (typeof se.items)[number], t: Record<string, string>) => ({ id: i.id, perspective: i.perspective, relationship: i.relationship ?? null, editions: i.editions, text: t[i.id] ?? i.id });
    return { current: se.edition, statements: [...se.items.map((i) => statement(i, text.items)), ...se.retired.map((i) => statement(i, text.retired))] };
  },
  'library.search': ({ language, text, limit }) => deps.library.search(language, text, limit),
  'library.worksheet': ({ language, id }) => deps.library.worksheet(language, id),
  'library.pdf': ({ language, id }) => deps.pdfs.document(language, id),
  'library.worksheetPdf': ({ language, id, smeName }) => deps.pdfs.worksheet(language, id, smeName),
});
