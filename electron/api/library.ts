import { z } from 'zod';
import type { PdfFile } from './channel';
import { ContentId, Language, returns } from './channel';

/**
 * The document model shared by the reader (renderer), the PDF renderer and the search index:
 * every part of the methodology package is turned into these blocks once, in core.
 */
export interface Inline {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export type Block =
  | { type: 'heading'; level: 2 | 3 | 4; text: string; anchor: string }
  | { type: 'paragraph'; inlines: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] }
  | { type: 'table'; header: Inline[][]; rows: Inline[][][] }
  | { type: 'agenda'; rows: AgendaRow[] }
  | { type: 'worksheet'; worksheet: WorksheetView }
  | { type: 'scale'; points: { value: number; label: string; description: string }[] }
  /** `relationship` is the label in the document's language; `relationshipCode` its language-neutral code (for scoring). */
  | { type: 'statements'; perspective: string; items: { id: string; text: string; relationship: string | null; relationshipCode: string | null }[] }
  | { type: 'terms'; items: { id: string; term: string; definition: string }[] };

export interface AgendaRow {
  id: string;
  /** Minutes from the start of the workshop. */
  start: number;
  minutes: number;
  kind: 'work' | 'break';
  title: string;
  method: string;
  facilitator: Block[];
  participants: Block[];
  worksheet: { id: string; title: string } | null;
}

export type FieldType = 'text' | 'longtext' | 'number' | 'date' | 'rating' | 'choice' | 'table';

export interface FieldView {
  id: string;
  type: FieldType;
  label: string;
  help: string | null;
  min?: number;
  max?: number;
  options?: { id: string; label: string }[];
  columns?: FieldView[];
  minRows?: number;
}

export interface WorksheetView {
  id: string;
  workshop: string;
  title: string;
  instructions: Block[];
  fields: FieldView[];
}

export type DocumentKind = 'document' | 'workshop' | 'worksheets' | 'self-evaluation' | 'glossary' | 'legal-floor';

export interface DocumentModel {
  id: string;
  kind: DocumentKind;
  language: string;
  title: string;
  /** Package title, for running headers. */
  packageTitle: string;
  blocks: Block[];
}

export interface TocEntry {
  id: string;
  kind: DocumentKind;
  title: string;
  sections: { anchor: string; text: string; level: number }[];
}

export interface Toc {
  language: string;
  title: string;
  subtitle: string;
  documents: TocEntry[];
}

export interface SearchHit {
  documentId: string;
  documentTitle: string;
  anchor: string | null;
  heading: string;
  /** The passage, split so that matched words can be highlighted. */
  snippet: { text: string; match: boolean }[];
}

/** Plain text of a block list, for search and word counts. */
export function blocksText(blocks: Block[]): string {
  const inl = (xs: Inline[]) => xs.map((x) => x.text).join('');
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.type) {
      case 'heading': out.push(b.text); break;
      case 'paragraph': out.push(inl(b.inlines)); break;
      case 'list': out.push(...b.items.map(inl)); break;
      case 'table': out.push(...b.header.map(inl), ...b.rows.flat().map(inl)); break;
      case 'agenda':
        for (const r of b.rows) out.push(r.title, r.method, blocksText(r.facilitator), blocksText(r.participants));
        break;
      case 'worksheet': {
        const fieldText = (f: FieldView): string[] => [f.label, f.help ?? '', ...(f.options ?? []).map((o) => o.label), ...(f.columns ?? []).flatMap(fieldText)];
        out.push(b.worksheet.title, blocksText(b.worksheet.instructions), ...b.worksheet.fields.flatMap(fieldText));
        break;
      }
      case 'scale': out.push(...b.points.flatMap((p) => [p.label, p.description])); break;
      case 'statements': out.push(...b.items.map((i) => i.text)); break;
      case 'terms': out.push(...b.items.flatMap((i) => [i.term, i.definition])); break;
    }
  }
  return out.filter(Boolean).join('\n');
}

/** A self-evaluation statement of any edition, with its text in the language asked for. */
export interface EditionStatement {
  id: string;
  perspective: string;
  relationship: string | null;
  /** The editions it belongs to. */
  editions: number[];
  text: string;
}

export interface SelfEvaluationEditions {
  /** The edition asked today. */
  current: number;
  /** Today's statements in the order of the sheet, then those only earlier editions asked. */
  statements: EditionStatement[];
}

export interface LibraryToc extends Toc {
  /** The language asked for; differs from `language` while its translation is not there yet. */
  requested: string;
  available: string[];
}

/** The channels of this slice (joined into THE contract in contract.ts). */
export const libraryChannels = {
  'library.toc': { input: z.object({ language: Language }), output: returns<LibraryToc>() },
  'library.document': { input: z.object({ language: Language, id: ContentId }), output: returns<DocumentModel>() },
  /** Every statement of every edition, so that an evaluation made with an earlier one still reads. */
  'library.statements': { input: z.object({ language: Language }), output: returns<SelfEvaluationEditions>() },
  'library.search': {
    input: z.object({ language: Language, text: z.string().max(200), limit: z.number().int().min(1).max(100).default(30) }),
    output: returns<SearchHit[]>(),
  },
  'library.worksheet': { input: z.object({ language: Language, id: ContentId }), output: returns<WorksheetView>() },
  'library.pdf': { input: z.object({ language: Language, id: ContentId }), output: returns<PdfFile>() },
  'library.worksheetPdf': {
    input: z.object({ language: Language, id: ContentId, smeName: z.string().trim().max(200).optional() }),
    output: returns<PdfFile>(),
  },
} as const;
