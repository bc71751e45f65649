import type { AgendaRow, Block, DocumentModel, FieldView, TocEntry, WorksheetView } from '../../api/library';
import type { LanguageText, Structure } from './load';
import { legalFloorBlocks } from './legal-floor';
import { anchorOf, markdownToBlocks } from './markdown';
import type { ColumnStructure, FieldStructure } from './schema';

/** Turns structure + one language's text into the document model the reader and PDFs share. */
export function buildDocument(s: Structure, text: LanguageText, id: string): DocumentModel {
  const entry = s.documents.find((d) => d.id === id);
  if (!entry) throw new Error(`No document ${id}`);
  const taken = new Set<string>();
  let blocks: Block[];
  switch (entry.kind) {
    case 'document':
      blocks = markdownToBlocks(text.documents[id]!, id, taken);
      break;
    case 'workshop':
      blocks = workshopBlocks(s, text, id, taken);
      break;
    case 'worksheets':
      blocks = s.workshops.flatMap((w) => [
        heading(2, `${text.labels.workshop} ${w.number}: ${text.workshops[w.id]!.title}`, id, taken),
        ...s.worksheets.filter((ws) => ws.workshop === w.id).flatMap((ws) => {
          const view = worksheetView(s, text, ws.id);
          return [heading(3, view.title, id, taken), { type: 'worksheet' as const, worksheet: view }];
        }),
      ]);
      break;
    case 'self-evaluation':
      blocks = selfEvaluationBlocks(s, text, id, taken);
      break;
    case 'glossary':
      blocks = [{ type: 'terms', items: s.glossary.map((t) => ({ id: t, ...text.glossary.terms[t]! })) }];
      break;
    case 'legal-floor':
      blocks = legalFloorBlocks(s.legalFloor, text.legalFloor, id, taken);
      break;
  }
  return { id, kind: entry.kind, language: text.language, title: text.package.documents[id]!, packageTitle: text.package.title, blocks };
}

function heading(level: 2 | 3, textValue: string, prefix: string, taken: Set<string>): Block {
  return { type: 'heading', level, text: textValue, anchor: anchorOf(prefix, textValue, taken) };
}

function workshopBlocks(s: Structure, text: LanguageText, id: string, taken: Set<string>): Block[] {
  const w = s.workshops.find((x) => x.id === id)!;
  const t = text.workshops[id]!;
  const l = text.labels;
  const section = (label: string, md: string) => [heading(2, label, id, taken), ...markdownToBlocks(md, id, taken, 1)];
  let start = 0;
  const rows: AgendaRow[] = w.blocks.map((b) => {
    const bt = t.blocks[b.id]!;
    const row: AgendaRow = {
      id: b.id,
      start,
      minutes: b.minutes,
      kind: b.kind,
      title: bt.title,
      method: bt.method,
      facilitator: markdownToBlocks(bt.facilitator, b.id, new Set()),
      participants: markdownToBlocks(bt.participants, b.id, new Set()),
      worksheet: b.worksheet
        ? { id: b.worksheet, title: b.worksheet === 'self-evaluation' ? text.selfEvaluation.title : text.worksheets[b.worksheet]!.title }
        : null,
    };
    start += b.minutes;
    return row;
  });
  const sheetTitles = w.worksheets.map((ws) => [{ text: text.worksheets[ws]!.title }]);
  return [
    ...markdownToBlocks(t.summary, id, taken),
    ...section(l.purpose, t.sections.purpose),
    ...section(l.outputs, t.sections.outputs),
    ...section(l.preparation, t.sections.preparation),
    heading(2, l.worksheetsUsed, id, taken),
    { type: 'list', ordered: false, items: sheetTitles },
    heading(2, l.agenda, id, taken),
    { type: 'agenda', rows },
    ...section(l.pitfalls, t.sections.pitfalls),
    ...section(l.micro, t.sections.micro),
    ...section(l.homework, t.sections.homework),
  ];
}

function selfEvaluationBlocks(s: Structure, text: LanguageText, id: string, taken: Set<string>): Block[] {
  const se = s.selfEvaluation;
  const st = text.selfEvaluation;
  return [
    ...markdownToBlocks(st.intro, id, taken),
    heading(2, text.labels.scale, id, taken),
    { type: 'scale', points: se.scale.map((v) => ({ value: v, ...st.scale[String(v)]! })) },
    ...se.perspectives.flatMap((p): Block[] => [
      heading(2, st.perspectives[p]!.name, id, taken),
      { type: 'paragraph', inlines: [{ text: st.perspectives[p]!.description, italic: true }] },
      {
        type: 'statements',
        perspective: p,
        items: se.items.filter((i) => i.perspective === p).map((i) => ({ id: i.id, text: st.items[i.id]!, relationship: i.relationship ? st.relationships[i.relationship]! : null, relationshipCode: i.relationship ?? null })),
      },
    ]),
    heading(2, text.labels.reading, id, taken),
    ...markdownToBlocks(st.reading, id, taken, 1),
  ];
}

export function worksheetView(s: Structure, text: LanguageText, worksheetId: string): WorksheetView {
  const ws = s.worksheets.find((w) => w.id === worksheetId);
  if (!ws) throw new Error(`No worksheet ${worksheetId}`);
  const t = text.worksheets[worksheetId]!;
  const field = (f: FieldStructure): FieldView => {
    const ft = t.fields[f.id]!;
    const view: FieldView = { id: f.id, type: f.type, label: ft.label, help: ft.help ?? null };
    if (f.min !== undefined) view.min = f.min;
    if (f.max !== undefined) view.max = f.max;
    if (f.options) view.options = f.options.map((o) => ({ id: o, label: String((ft.options ?? {})[o]) }));
    if (f.columns) {
      view.minRows = f.minRows ?? 6;
      view.columns = f.columns.map((c: ColumnStructure) => {
        const col: FieldView = { id: c.id, type: c.type, label: ft.columns?.[c.id] ?? c.id, help: null };
        if (c.min !== undefined) col.min = c.min;
        if (c.max !== undefined) col.max = c.max;
        const opts = (ft.options ?? {})[c.id];
        if (c.options && typeof opts === 'object') col.options = c.options.map((o) => ({ id: o, label: opts[o]! }));
        return col;
      });
    }
    return view;
  };
  return { id: ws.id, workshop: ws.workshop, title: t.title, instructions: markdownToBlocks(t.instructions, ws.id, new Set()), fields: ws.fields.map(field) };
}

export function tocEntry(doc: DocumentModel): TocEntry {
  const sections = doc.blocks
    .filter((b): b is Extract<Block, { type: 'heading' }> => b.type === 'heading' && b.level <= 3)
    .map((b) => ({ anchor: b.anchor, text: b.text, level: b.level }));
  return { id: doc.id, kind: doc.kind, title: doc.title, sections };
}
