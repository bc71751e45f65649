import { describe, expect, it } from 'vitest';
import type { GridGeometry } from '../../../electron/api/stakeholder-grid';
import { stakeholderCells } from '../../../electron/api/stakeholder-grid';

/** Every drawn line of a cell as a box (the dot and the text beside it), to check nothing leaves its cell or overlaps. */
function lineBoxes(grid: GridGeometry) {
  return grid.cells.flatMap((cell) => {
    const left = grid.x + (cell.impact - 1) * grid.cell;
    const top = grid.y + (5 - cell.influence) * grid.cell;
    return cell.entries.flatMap((e) => e.lines.map((line, j) => ({
      cell: { left, top, right: left + grid.cell, bottom: top + grid.cell },
      left: e.dotX - grid.dotRadius,
      right: e.textX + line.length * grid.fontSize * 0.5,
      top: e.textY + j * grid.lineHeight - grid.fontSize * 0.78,
      bottom: e.textY + j * grid.lineHeight + grid.fontSize * 0.22,
    })));
  });
}

describe('the stakeholder grid', () => {
  it('puts impact across and influence up, high influence at the top', () => {
    const grid = stakeholderCells([{ id: 'a', name: 'Bank', influence: 1, impact: 1 }, { id: 'b', name: 'Staff', influence: 5, impact: 5 }], 500);
    const cellOf = (id: string) => grid.cells.find((c) => c.entries.some((e) => e.id === id))!;
    expect([cellOf('a').impact, cellOf('a').influence]).toEqual([1, 1]);
    const a = cellOf('a').entries[0]!;
    const b = cellOf('b').entries[0]!;
    expect(a.dotX).toBeLessThan(100);
    expect(a.dotY).toBeGreaterThan(400);
    expect(b.dotX).toBeGreaterThan(400);
    expect(b.dotY).toBeLessThan(100);
  });

  it('wraps a long name whole instead of cutting it at ten letters', () => {
    const grid = stakeholderCells([{ id: 'a', name: 'Vocational school of Kėdainiai district', influence: 3, impact: 3 }], 440, { fontSize: 9 });
    const lines = grid.cells[0]!.entries[0]!.lines;
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Vocational school of Kėdainiai district');
  });

  it('lists two stakeholders of one cell one under the other, both named in full', () => {
    const grid = stakeholderCells([
      { id: 'a', name: 'Apprentice bakers', influence: 2, impact: 5 },
      { id: 'b', name: 'Head baker', influence: 2, impact: 5 },
    ], 440, { fontSize: 9 });
    expect(grid.cells).toHaveLength(1);
    const [first, second] = grid.cells[0]!.entries;
    expect(first!.lines.join(' ')).toBe('Apprentice bakers');
    expect(second!.lines.join(' ')).toBe('Head baker');
    expect(second!.dotY).toBeGreaterThan(first!.dotY + grid.lineHeight * (first!.lines.length - 0.5));
  });

  it('keeps a crowded cell inside its square: names shortened, and "+N" for those that do not fit', () => {
    const items = Array.from({ length: 12 }, (_, i) => ({ id: `s${i}`, name: `Supplier of flour and grain number ${i + 1}`, influence: 4, impact: 4 }));
    items.push({ id: 'x', name: 'Town council', influence: 4, impact: 3 });
    const grid = stakeholderCells(items, 300, { fontSize: 6.5 });
    const crowded = grid.cells.find((c) => c.impact === 4)!;
    expect(crowded.entries.length + crowded.more).toBe(12);
    expect(crowded.more).toBeGreaterThan(0);
    expect(crowded.entries.every((e) => e.lines.length === 1)).toBe(true);
    const boxes = lineBoxes(grid);
    for (const b of boxes) {
      expect(b.left).toBeGreaterThanOrEqual(b.cell.left);
      expect(b.right).toBeLessThanOrEqual(b.cell.right);
      expect(b.top).toBeGreaterThanOrEqual(b.cell.top);
      expect(b.bottom).toBeLessThanOrEqual(b.cell.bottom);
    }
    expect(crowded.moreY).toBeLessThanOrEqual(grid.y + (5 - 4) * grid.cell + grid.cell);
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) expect(a.bottom <= b.top || b.bottom <= a.top || a.right <= b.left || b.right <= a.left).toBe(true);
    }
  });
});
