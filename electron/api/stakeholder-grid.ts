/**
 * The stakeholder grid's geometry, shared by the screen (SVG) and the PDF (react-pdf <Svg>): a
 * 5 x 5 grid, across by how much the SME affects a stakeholder (impact), up by how much they can
 * affect the SME (influence). Every cell lists its stakeholders, a dot and the name, wrapped to the
 * cell; a crowded cell shortens each name to one line and, past its room, ends with "+N", the
 * rest being in the table beside the grid.
 */
import { wrapWords } from './strategy-map';

export interface GridEntry {
  id: string;
  name: string;
  influence: number;
  impact: number;
}

export interface GridCellEntry {
  id: string;
  /** Centre of the dot, on the entry's first line. */
  dotX: number;
  dotY: number;
  /** Baseline of the first line; the next lines follow at `lineHeight`. */
  textX: number;
  textY: number;
  lines: string[];
}

export interface GridCell {
  impact: number;
  influence: number;
  entries: GridCellEntry[];
  /** How many stakeholders of the cell did not fit (shown as "+N" at `moreX`, `moreY`). */
  more: number;
  moreX: number;
  moreY: number;
}

export interface GridGeometry {
  /** Left and top of the grid; each cell is `cell` wide and high. */
  x: number;
  y: number;
  cell: number;
  cells: GridCell[];
  fontSize: number;
  lineHeight: number;
  dotRadius: number;
}

/** Relationship 1 (poor) to 5 (excellent), on screen and on paper; the dot also carries the number, so colour is not the only sign. */
export const RELATIONSHIP_COLORS = ['#c92a2a', '#bf400d', '#8a6d00', '#237032', '#087f5b'] as const;
export const relationshipColour = (level: number) => RELATIONSHIP_COLORS[Math.min(5, Math.max(1, Math.round(level))) - 1]!;

// Noto Sans averages about half an em a letter in running text.
const EM_PER_CHAR = 0.5;
const round = (v: number) => Math.round(v * 100) / 100 + 0;
const level = (v: number) => Math.min(5, Math.max(1, Math.round(v)));

/** Lays out `items` on a grid of `size` x `size` starting at (`x`, `y`). */
export function stakeholderCells(items: readonly GridEntry[], size: number, options: { x?: number; y?: number; fontSize?: number } = {}): GridGeometry {
  const { x = 0, y = 0, fontSize = 8 } = options;
  const cell = size / 5;
  const lineHeight = round(fontSize * 1.2);
  const dotRadius = round(fontSize * 0.62);
  const indent = 3 + 2 * dotRadius + 2;
  const perLine = Math.max(4, Math.floor((cell - indent - 2) / (fontSize * EM_PER_CHAR)));
  const room = Math.max(1, Math.floor((cell - 4) / lineHeight));
  const groups = new Map<string, GridEntry[]>();
  for (const item of items) {
    const key = `${level(item.impact)}:${level(item.influence)}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  const cells = [...groups.values()].map((members): GridCell => {
    const impact = level(members[0]!.impact);
    const influence = level(members[0]!.influence);
    const left = x + (impact - 1) * cell;
    const top = y + (5 - influence) * cell;
    const texts = fitNames(members.map((m) => wrapWords(m.name, perLine)), room, perLine);
    const shown = texts.length;
    const more = members.length - shown;
    const used = texts.reduce((n, t) => n + t.length, 0) + (more > 0 ? 1 : 0);
    let lineTop = top + (cell - used * lineHeight) / 2;
    const entries = texts.map((lines, i) => {
      const entry = { id: members[i]!.id, dotX: round(left + 3 + dotRadius), dotY: round(lineTop + lineHeight / 2), textX: round(left + indent), textY: round(lineTop + lineHeight * 0.78), lines };
      lineTop += lines.length * lineHeight;
      return entry;
    });
    return { impact, influence, entries, more, moreX: round(left + indent), moreY: round(lineTop + lineHeight * 0.78) };
  });
  return { x, y, cell, cells, fontSize, lineHeight, dotRadius };
}

/**
 * The names' lines within `room` lines: whole when they fit, else each shortened to fewer lines
 * (the cut marked "…"), and when even one line each is too many, as many as fit with one line
 * kept free for "+N".
 */
function fitNames(names: string[][], room: number, perLine: number): string[][] {
  const total = (list: string[][]) => list.reduce((n, l) => n + l.length, 0);
  if (total(names) <= room) return names;
  for (let most = Math.max(...names.map((n) => n.length)) - 1; most >= 1; most--) {
    const cut = names.map((lines) => shorten(lines, most, perLine));
    if (total(cut) <= room) return cut;
  }
  return names.slice(0, Math.max(0, room - 1)).map((lines) => shorten(lines, 1, perLine));
}

function shorten(lines: string[], most: number, perLine: number): string[] {
  if (lines.length <= most) return lines;
  const kept = lines.slice(0, most);
  const last = [...kept[most - 1]!.replace(/-$/, '')];
  kept[most - 1] = `${last.slice(0, perLine - 1).join('')}…`;
  return kept;
}
