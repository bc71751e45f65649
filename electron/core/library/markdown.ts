import type { Token, Tokens } from 'marked';
import { Lexer } from 'marked';
import type { Block, Inline } from '../../api/library';

/** Headings get stable anchors from their text so links, search hits and "where was I" agree. */
export function anchorOf(prefix: string, text: string, taken: Set<string>): string {
  const base = `${prefix}-${text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)}`;
  let anchor = base;
  for (let n = 2; taken.has(anchor); n++) anchor = `${base}-${n}`;
  taken.add(anchor);
  return anchor;
}

/** Parses the Markdown subset the package uses (headings, paragraphs, lists, tables, emphasis). */
export function markdownToBlocks(markdown: string, anchorPrefix: string, taken = new Set<string>(), demote = 0): Block[] {
  const blocks: Block[] = [];
  for (const token of new Lexer({ gfm: true }).lex(markdown)) blocks.push(...toBlocks(token, anchorPrefix, taken));
  if (!demote) return blocks;
  // Text placed under a heading of the app's own keeps its sections one level below it.
  return blocks.map((b) => (b.type === 'heading' ? { ...b, level: Math.min(4, b.level + demote) as 2 | 3 | 4 } : b));
}

function toBlocks(token: Token, prefix: string, taken: Set<string>): Block[] {
  switch (token.type) {
    case 'heading': {
      const t = token as Tokens.Heading;
      const text = plain(inlines(t.tokens));
      const level = Math.min(4, Math.max(2, t.depth)) as 2 | 3 | 4;
      return [{ type: 'heading', level, text, anchor: anchorOf(prefix, text, taken) }];
    }
    case 'paragraph':
      return [{ type: 'paragraph', inlines: inlines((token as Tokens.Paragraph).tokens) }];
    case 'text': {
      const t = token as Tokens.Text;
      return [{ type: 'paragraph', inlines: t.tokens ? inlines(t.tokens) : [{ text: t.text }] }];
    }
    case 'list': {
      const t = token as Tokens.List;
      return [{ type: 'list', ordered: t.ordered, items: t.items.map((item) => listItem(item)) }];
    }
    case 'table': {
      const t = token as Tokens.Table;
      return [{ type: 'table', header: t.header.map((c) => inlines(c.tokens)), rows: t.rows.map((r) => r.map((c) => inlines(c.tokens))) }];
    }
    case 'blockquote':
      return (token as Tokens.Blockquote).tokens.flatMap((t) => toBlocks(t, prefix, taken));
    case 'space':
    case 'hr':
      return [];
    default:
      return [{ type: 'paragraph', inlines: [{ text: (token as { text?: string }).text ?? token.raw }] }];
  }
}

function listItem(item: Tokens.ListItem): Inline[] {
  const out: Inline[] = [];
  for (const t of item.tokens) {
    if (t.type === 'text' || t.type === 'paragraph') {
      if (out.length) out.push({ text: ' ' });
      const tokens = (t as Tokens.Text).tokens;
      out.push(...(tokens ? inlines(tokens) : [{ text: (t as Tokens.Text).text }]));
    } else if (t.type === 'list') {
      for (const sub of (t as Tokens.List).items) out.push({ text: ' — ' }, ...listItem(sub));
    }
  }
  return out;
}

function inlines(tokens: Token[] | undefined, style: { bold?: boolean; italic?: boolean } = {}): Inline[] {
  const out: Inline[] = [];
  for (const t of tokens ?? []) {
    switch (t.type) {
      case 'strong':
        out.push(...inlines((t as Tokens.Strong).tokens, { ...style, bold: true }));
        break;
      case 'em':
        out.push(...inlines((t as Tokens.Em).tokens, { ...style, italic: true }));
        break;
      case 'text':
      case 'escape':
      case 'codespan':
        if ((t as Tokens.Text).tokens?.length) out.push(...inlines((t as Tokens.Text).tokens, style));
        else out.push({ text: decode((t as Tokens.Text).text), ...style });
        break;
      case 'br':
        out.push({ text: '\n', ...style });
        break;
      case 'link':
        out.push(...inlines((t as Tokens.Link).tokens, style));
        break;
      default:
        out.push({ text: decode((t as { text?: string }).text ?? t.raw), ...style });
    }
  }
  return merge(out);
}

function merge(xs: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const x of xs) {
    const last = out[out.length - 1];
    if (last && !!last.bold === !!x.bold && !!last.italic === !!x.italic) last.text += x.text;
    else out.push({ ...x });
  }
  return out.map((x) => {
    const clean: Inline = { text: x.text };
    if (x.bold) clean.bold = true;
    if (x.italic) clean.italic = true;
    return clean;
  });
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|#39);/g, (m) => ENTITIES[m] ?? m);

export const plain = (xs: Inline[]) => xs.map((x) => x.text).join('');
