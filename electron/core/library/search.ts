import Database from 'better-sqlite3';
import type { Block, DocumentModel, SearchHit } from '../../api/library';
import { blocksText } from '../../api/library';
import { fold } from '../../api/text';

interface Passage {
  documentId: string;
  documentTitle: string;
  anchor: string | null;
  heading: string;
  text: string;
  /** The text folded for matching, with where each folded character came from (made on first hit). */
  folded?: Folded;
}

/**
 * Full-text search over one language of the package: SQLite FTS5 in memory over text folded the
 * same way as the SME search (case and diacritics), every word of the query as a prefix.
 */
export class PackageSearch {
  private readonly db = new Database(':memory:');
  private readonly passages: Passage[] = [];
  private readonly query;

  constructor(documents: DocumentModel[]) {
    // Prefix indexes: a facilitator types the first letters of a word and expects hits at once.
    this.db.exec("CREATE VIRTUAL TABLE passages USING fts5(heading, body, tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3 4')");
    const insert = this.db.prepare('INSERT INTO passages (rowid, heading, body) VALUES (?, ?, ?)');
    for (const doc of documents) for (const p of passagesOf(doc)) this.passages.push(p);
    this.db.transaction(() => this.passages.forEach((p, i) => insert.run(i + 1, fold(p.heading), fold(p.text))))();
    // Heading matches weigh more than body matches.
    this.query = this.db.prepare('SELECT rowid FROM passages WHERE passages MATCH ? ORDER BY bm25(passages, 4.0, 1.0) LIMIT ?');
  }

  search(text: string, limit = 30): SearchHit[] {
    const terms = fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean).slice(0, 8);
    if (terms.length === 0) return [];
    const match = terms.map((t) => `"${t}"*`).join(' AND ');
    const rows = this.query.all(match, limit) as { rowid: number }[];
    return rows.map(({ rowid }) => {
      const p = this.passages[rowid - 1]!;
      p.folded ??= foldedText(p.text);
      return { documentId: p.documentId, documentTitle: p.documentTitle, anchor: p.anchor, heading: p.heading, snippet: snippet(p.text, terms, 90, p.folded) };
    });
  }

  get size(): number {
    return this.passages.length;
  }

  close(): void {
    this.db.close();
  }
}

function passagesOf(doc: DocumentModel): Passage[] {
  const out: Passage[] = [];
  let current: Passage = { documentId: doc.id, documentTitle: doc.title, anchor: null, heading: doc.title, text: '' };
  const flush = () => {
    if (current.text.trim()) out.push(current);
  };
  const add = (blocks: Block[]) => (current.text += `${blocksText(blocks)}\n`);
  for (const block of doc.blocks) {
    if (block.type === 'heading') {
      flush();
      current = { documentId: doc.id, documentTitle: doc.title, anchor: block.anchor, heading: block.text, text: '' };
    } else if (block.type === 'agenda') {
      for (const row of block.rows) {
        out.push({ documentId: doc.id, documentTitle: doc.title, anchor: `row-${row.id}`, heading: row.title, text: blocksText([{ type: 'agenda', rows: [row] }]) });
      }
    } else if (block.type === 'terms') {
      for (const term of block.items) {
        out.push({ documentId: doc.id, documentTitle: doc.title, anchor: `term-${term.id}`, heading: term.term, text: term.definition });
      }
    } else {
      add([block]);
    }
  }
  flush();
  return out;
}

interface Folded {
  flat: string;
  folded: string;
  origin: number[];
}

/** The passage with its spaces evened out, folded character by character, and where each came from. */
function foldedText(text: string): Folded {
  const flat = text.replace(/\s+/g, ' ').trim();
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < flat.length; ) {
    const ch = String.fromCodePoint(flat.codePointAt(i)!);
    const f = fold(ch);
    for (let k = 0; k < f.length; k++) origin.push(i);
    folded += f;
    i += ch.length;
  }
  return { flat, folded, origin };
}

/** A window of the passage around the first match, with every matched word marked. */
export function snippet(text: string, terms: string[], radius = 90, prepared = foldedText(text)): { text: string; match: boolean }[] {
  const { flat, folded, origin } = prepared;
  const ranges: [number, number][] = [];
  for (const term of terms) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\p{L}\\p{N}]*`, 'gu');
    for (const m of folded.matchAll(re)) {
      const start = origin[m.index]!;
      const endFolded = m.index + m[0].length - 1;
      const lastStart = origin[endFolded]!;
      const end = lastStart + String.fromCodePoint(flat.codePointAt(lastStart)!).length;
      ranges.push([start, end]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const first = ranges[0]?.[0] ?? 0;
  let from = Math.max(0, first - radius);
  let to = Math.min(flat.length, first + radius * 2);
  if (from > 0) from = flat.indexOf(' ', from) + 1 || from;
  if (to < flat.length) to = flat.lastIndexOf(' ', to) > first ? flat.lastIndexOf(' ', to) : to;
  const out: { text: string; match: boolean }[] = [];
  let pos = from;
  if (from > 0) out.push({ text: '… ', match: false });
  for (const [s, e] of ranges) {
    if (e <= pos || s >= to) continue;
    if (s > pos) out.push({ text: flat.slice(pos, s), match: false });
    out.push({ text: flat.slice(Math.max(s, pos), Math.min(e, to)), match: true });
    pos = Math.min(e, to);
  }
  if (pos < to) out.push({ text: flat.slice(pos, to), match: false });
  if (to < flat.length) out.push({ text: ' …', match: false });
  return out;
}
