import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Block, DocumentModel, FieldView, WorksheetView } from '../../../electron/api/library';
import { agendaClock as clock } from '../../../electron/api/local-time';
import { ContentLibrary } from '../../../electron/core/library/library';
import { packageCaptions as captions } from '../../../electron/core/pdf/captions';
import { pdfLabels } from '../../../electron/core/pdf/labels';
import type { DocumentPdfOptions, WorksheetPdfOptions } from '../../../electron/core/pdf/package-pdf';
import { PdfWorker } from '../../../electron/core/pdf/pdf-worker';
import { pdfText, squash } from '../../helpers/pdf-text';

// Through the worker the app renders in (built from the sources by the test setup).
const worker = new PdfWorker();
afterAll(() => worker.close());
const renderDocumentPdf = (doc: DocumentModel, options: DocumentPdfOptions = {}) => worker.render({ kind: 'document', doc, options });
const renderWorksheetPdf = (view: WorksheetView, options: WorksheetPdfOptions) => worker.render({ kind: 'worksheet', view, options });

/** Whether every word of `expected` occurs in `text`, in the same order. */
function inOrder(text: string, expected: string): boolean {
  const words = text.split(' ');
  let at = 0;
  for (const word of expected.split(' ')) {
    while (at < words.length && words[at] !== word) at++;
    if (at++ >= words.length) return false;
  }
  return true;
}

const fieldLabels = (f: FieldView): string[] => [f.label, ...(f.columns ?? []).map((c) => c.label), ...(f.options ?? []).map((o) => o.label)];

describe('package PDFs of the real English package', () => {
  const library = new ContentLibrary(path.resolve('content'));
  let documents: DocumentModel[] = [];
  const texts = new Map<string, Awaited<ReturnType<typeof pdfText>>>();

  beforeAll(async () => {
    documents = library.documents('en');
    const labels = pdfLabels(library, 'en');
    for (const doc of documents) texts.set(doc.id, await pdfText(await renderDocumentPdf(doc, { labels })));
  }, 120_000);

  it('prints every heading of every document, in the outline too', () => {
    expect(documents.length).toBeGreaterThanOrEqual(12);
    for (const doc of documents) {
      const { text, outline } = texts.get(doc.id)!;
      expect(text, doc.id).toContain(squash(doc.title));
      expect(outline[0], doc.id).toBe(doc.title);
      for (const b of doc.blocks) {
        if (b.type !== 'heading') continue;
        expect(text, `${doc.id}: heading "${b.text}"`).toContain(squash(b.text));
        expect(outline, `${doc.id}: bookmark "${b.text}"`).toContain(b.text);
      }
    }
  });

  it('prints every paragraph, list item, table cell, statement and glossary entry word for word', () => {
    const inl = (xs: { text: string }[]) => xs.map((x) => x.text).join('');
    for (const doc of documents) {
      const { text } = texts.get(doc.id)!;
      const whole: string[] = [];
      const columns: string[] = [];
      const collect = (blocks: Block[], into: string[]) => {
        for (const b of blocks) {
          if (b.type === 'paragraph' || b.type === 'heading') into.push(b.type === 'heading' ? b.text : inl(b.inlines));
          else if (b.type === 'list') into.push(...b.items.map(inl));
          else if (b.type === 'table') into.push(...b.header.map(inl), ...b.rows.flat().map(inl));
          else if (b.type === 'statements') into.push(...b.items.map((i) => i.text));
          else if (b.type === 'terms') into.push(...b.items.flatMap((i) => [i.term, i.definition]));
          else if (b.type === 'worksheet') {
            collect(b.worksheet.instructions, into);
            into.push(...b.worksheet.fields.flatMap(fieldLabels));
          } else if (b.type === 'agenda') {
            for (const r of b.rows) {
              into.push(r.method);
              collect(r.facilitator, columns);
              collect(r.participants, columns);
            }
          }
        }
      };
      collect(doc.blocks, whole);
      for (const e of whole) expect(text, `${doc.id}: "${e}"`).toContain(squash(e));
      // The agenda's two guidance columns interleave where a block crosses a page, so their text
      // is checked word by word in order rather than as one run.
      for (const e of columns) expect(inOrder(text, squash(e)), `${doc.id}: "${e}"`).toBe(true);
    }
  });

  it('prints each workshop agenda with clock times from 0:00 to 3:00 and every block title', () => {
    for (const doc of documents.filter((d) => d.kind === 'workshop')) {
      const { text } = texts.get(doc.id)!;
      const agenda = doc.blocks.find((b) => b.type === 'agenda');
      expect(agenda?.type, doc.id).toBe('agenda');
      if (agenda?.type !== 'agenda') continue;
      for (const row of agenda.rows) expect(text, row.id).toContain(squash(`${clock(row.start)} ${row.minutes} min ${row.title}`));
      expect(text, doc.id).toContain('3:00 180 min');
    }
  });

  it('prints page numbers as "n / total" with the package title in the footer', () => {
    const { footers, pages } = texts.get('worksheets')!;
    expect(pages).toBeGreaterThan(1);
    expect(footers).toEqual(footers.map((_, i) => `${documents[0]!.packageTitle} ${i + 1} / ${pages}`));
  });

  it('makes a blank handout that carries every label of its worksheet', async () => {
    const view = library.worksheet('en', 'ws2-stakeholder-map');
    const workshop = library.document('en', view.workshop);
    const { text } = await pdfText(await renderWorksheetPdf(view, { language: 'en', packageTitle: workshop.packageTitle, workshopTitle: workshop.title, smeName: 'Bakery Kovač' }));
    for (const label of [view.title, 'SME:', 'Date:', 'Participants:', 'Bakery Kovač', ...view.fields.flatMap(fieldLabels)]) {
      expect(text, label).toContain(squash(label));
    }
  });
});

const translated = new ContentLibrary(path.resolve('content')).languages().filter((l) => l !== 'en');

// Every PDF of every translated package, as the library hands them out: each document with its
// title and every heading (in the outline too), each blank handout with its labels, and nothing
// printed as a replacement character. The glossary is compared word for word. That is some 300
// PDFs: the whole suite (`npm test`, CI) builds them all, a targeted run only the glossary and
// the first handout of each language.
const EVERY_PDF = process.env.npm_lifecycle_event === 'test:unit' || Boolean(process.env.CI);
describe.each(translated)('the %s package as PDFs', (lng) => {
  const library = new ContentLibrary(path.resolve('content'));
  afterAll(() => library.close());

  it('prints every document with its title and headings, and the glossary word for word', async () => {
    const labels = pdfLabels(library, lng);
    const documents = library.documents(lng);
    expect(documents.map((d) => d.id)).toEqual(library.documents('en').map((d) => d.id));
    for (const doc of EVERY_PDF ? documents : documents.filter((d) => d.id === 'glossary')) {
      const { text, outline } = await pdfText(await renderDocumentPdf(doc, { labels }));
      expect(text, `${lng}/${doc.id}`).not.toContain('\uFFFD');
      expect(text, `${lng}/${doc.id}`).toContain(squash(doc.title));
      expect(outline[0], `${lng}/${doc.id}`).toBe(doc.title);
      for (const b of doc.blocks) {
        if (b.type === 'heading') expect(text, `${lng}/${doc.id}: heading "${b.text}"`).toContain(squash(b.text));
        if (b.type === 'terms') for (const t of b.items) expect(text, `${lng}: ${t.id}`).toContain(squash(`${t.term} ${t.definition}`));
      }
    }
  }, 240_000);

  it('prints every blank handout with all its labels', async () => {
    const c = captions(lng);
    const packageTitle = library.document(lng, 'glossary').packageTitle;
    const worksheets = library.getStructure().worksheets;
    for (const ws of EVERY_PDF ? worksheets : worksheets.slice(0, 1)) {
      const view = library.worksheet(lng, ws.id);
      const { text } = await pdfText(await renderWorksheetPdf(view, { language: lng, packageTitle }));
      expect(text, `${lng}/${ws.id}`).not.toContain('\uFFFD');
      for (const label of [`${c.sme}:`, `${c.date}:`, `${c.participants}:`, view.title, ...view.fields.flatMap(fieldLabels)]) expect(text, `${lng}/${ws.id}: ${label}`).toContain(squash(label));
    }
  }, 240_000);
});

describe('glyphs beyond Latin-1', () => {
  const samples = ['Κοινωνική ευθύνη', 'Социална отговорност', 'Socialinė atsakomybė', 'Społeczna odpowiedzialność', 'Sociālā atbildība', 'Responsabilitate socială'];
  const doc: DocumentModel = {
    id: 'glyphs', kind: 'document', language: 'el', title: 'Κοινωνική ευθύνη των ΜμΕ', packageTitle: '6x3 για την ΚΕ',
    blocks: [
      ...samples.map((text, i) => ({ type: 'heading' as const, level: 2 as const, text, anchor: `glyphs-${i}` })),
      { type: 'paragraph', inlines: [{ text: 'Ελληνικά ' }, { text: 'Български', bold: true }, { text: ' Lietuvių', italic: true }, { text: ' Polski', bold: true, italic: true }] },
      { type: 'list', ordered: true, items: samples.map((text) => [{ text }]) },
      { type: 'table', header: [[{ text: 'Όρος' }], [{ text: 'Термин' }]], rows: [[[{ text: 'Żółć' }], [{ text: 'Ąčęėįšųūž' }]]] },
      { type: 'terms', items: [{ id: 'x', term: 'Заинтересовани страни', definition: 'Suinteresuotosios šalys – ενδιαφερόμενα μέρη.' }] },
    ],
  };

  it('comes back out of the PDF exactly, in every style', async () => {
    const { text } = await pdfText(await renderDocumentPdf(doc, { organisation: 'Εταιρεία', generatedOn: new Date(2025, 4, 6) }));
    for (const s of [...samples, doc.title, 'Ελληνικά Български Lietuvių Polski', 'Żółć', 'Ąčęėįšųūž', 'Заинтересовани страни', 'Suinteresuotosios šalys – ενδιαφερόμενα μέρη.']) {
      expect(text, s).toContain(s);
    }
    expect(text).toContain('Οργανισμός: Εταιρεία');
  });

  it('maps a letter to itself after it first appeared inside a composed one', async () => {
    const one = (text: string): DocumentModel => ({ ...doc, title: text, blocks: [{ type: 'heading', level: 2, text, anchor: 'a' }] });
    await renderDocumentPdf(one('Ημερομηνία'));
    expect((await pdfText(await renderDocumentPdf(one('Κοινωνική ευθύνη')))).text).toContain('Κοινωνική ευθύνη Κοινωνική ευθύνη');
  });

  it('sets kickers in capitals the way each language writes them (Greek capitals drop their accents)', async () => {
    const { text } = await pdfText(await renderDocumentPdf({ ...doc, packageTitle: 'Κοινωνική ευθύνη · Šiaulių' }));
    expect(text).toContain('ΚΟΙΝΩΝΙΚΗ ΕΥΘΥΝΗ · ŠIAULIŲ');
  });

  it('spells out the symbols Noto Sans has no glyph for', async () => {
    const arrows: DocumentModel = { ...doc, blocks: [{ type: 'paragraph', inlines: [{ text: 'L1 → P1, score ≥ 4, ☐ done' }] }] };
    expect((await pdfText(await renderDocumentPdf(arrows))).text).toContain('L1 -> P1, score >= 4, [ ] done');
  });

  it('captions a handout in the language of its content', async () => {
    const view: WorksheetView = {
      id: 'ws1-test', workshop: 'w1', title: 'Социална отговорност', instructions: [],
      fields: [
        { id: 'a', type: 'longtext', label: 'Какво правим вече?', help: 'Една или две изречения.' },
        { id: 'b', type: 'choice', label: 'Приоритет', help: null, options: [{ id: 'low', label: 'Нисък' }, { id: 'high', label: 'Висок' }] },
        { id: 'c', type: 'table', label: 'Дейности', help: null, minRows: 2, columns: [{ id: 'x', type: 'text', label: 'Дейност', help: null }, { id: 'y', type: 'rating', label: 'Ефект', help: null, min: 1, max: 5 }] },
      ],
    };
    const { text } = await pdfText(await renderWorksheetPdf(view, { language: 'bg', packageTitle: '6x3 за КСО' }));
    const c = captions('bg');
    for (const s of [`${c.sme}:`, `${c.date}:`, `${c.participants}:`, view.title, ...view.fields.flatMap(fieldLabels)]) expect(text, s).toContain(s);
    for (const lng of ['en', 'es', 'pt', 'ro', 'el', 'bg', 'pl', 'lt', 'lv']) expect(new Set(Object.values(captions(lng))).size, lng).toBe(6);
  });
});
