import { describe, expect, it } from 'vitest';
import type { MapBox, MapObjectiveInput, MapPerspective, StrategyMapGeometry } from '../../../electron/api/strategy-map';
import { layOutStrategyMap, MAP_PERSPECTIVES, wrapWords } from '../../../electron/api/strategy-map';
import { LINKS, OBJECTIVES } from '../../../electron/core/examples/scorecard';

type P = { x: number; y: number };

/** Whether segment a–b passes through the inside of `box` (touching its edge does not count). */
function crossesBox(a: P, b: P, box: MapBox): boolean {
  const inset = 0.5;
  const left = box.x + inset;
  const right = box.x + box.w - inset;
  const top = box.y + inset;
  const bottom = box.y + box.h - inset;
  // Liang–Barsky clipping: does any part of the segment lie strictly inside the rectangle?
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  for (const [p, q] of [[-dx, a.x - left], [dx, right - a.x], [-dy, a.y - top], [dy, bottom - a.y]] as const) {
    if (p === 0) {
      if (q <= 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
    }
  }
  return t0 < t1;
}

function problems(map: StrategyMapGeometry): string[] {
  const found: string[] = [];
  for (const [i, a] of map.boxes.entries()) {
    for (const b of map.boxes.slice(i + 1)) {
      if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) found.push(`boxes ${a.id} and ${b.id} overlap`);
    }
  }
  for (const link of map.links) {
    for (let i = 1; i < link.points.length; i++) {
      for (const box of map.boxes) {
        if (box.id === link.from || box.id === link.to) continue;
        if (crossesBox(link.points[i - 1]!, link.points[i]!, box)) found.push(`${link.from}→${link.to} crosses ${box.id}`);
      }
    }
  }
  return found;
}

/** A small deterministic random generator, so a failing map can be rebuilt from its seed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function generated(seed: number): MapObjectiveInput[] {
  const next = random(seed);
  const count = 1 + Math.floor(next() * 16);
  const objectives = Array.from({ length: count }, (_, i) => ({
    id: `o${i}`,
    perspective: MAP_PERSPECTIVES[Math.floor(next() * 4)]!,
    title: 'Objective with a title of several words '.repeat(1 + Math.floor(next() * 2)).slice(0, 20 + Math.floor(next() * 60)),
    leadsTo: [] as string[],
  }));
  const links = Math.floor(next() * 31);
  for (let i = 0; i < links && count > 1; i++) {
    const from = objectives[Math.floor(next() * count)]!;
    const to = objectives[Math.floor(next() * count)]!;
    if (from !== to && !from.leadsTo.includes(to.id)) from.leadsTo.push(to.id);
  }
  return objectives;
}

const rowOf = (map: StrategyMapGeometry, box: MapBox) => map.bands.find((b) => box.y >= b.y && box.y + box.h <= b.y + b.height)!.perspective;

describe('the strategy map layout', () => {
  const example = OBJECTIVES.map((o) => ({ id: o.code, perspective: o.perspective as MapPerspective, title: o.title, leadsTo: LINKS.filter((l) => l.from === o.code).map((l) => l.to) }));

  it('routes every link of the example bakery around the boxes it does not join, with no boxes overlapping', async () => {
    const map = await layOutStrategyMap(example);
    expect(map.boxes).toHaveLength(OBJECTIVES.length);
    expect(map.links).toHaveLength(LINKS.length);
    expect(problems(map)).toEqual([]);
  });

  it('keeps each perspective in its own row, business on top and learning at the bottom', async () => {
    const map = await layOutStrategyMap(example);
    expect(map.bands.map((b) => b.perspective)).toEqual(['business', 'stakeholders', 'processes', 'learning']);
    for (const [i, band] of map.bands.entries()) {
      if (i > 0) expect(band.y).toBeCloseTo(map.bands[i - 1]!.y + map.bands[i - 1]!.height, 5);
    }
    for (const o of example) expect(rowOf(map, map.boxes.find((b) => b.id === o.id)!)).toBe(o.perspective);
  });

  it('ends every link with its arrow head on the box it leads to', async () => {
    const map = await layOutStrategyMap(example);
    for (const link of map.links) {
      const tip = link.points.at(-1)!;
      const box = map.boxes.find((b) => b.id === link.to)!;
      expect(tip.x).toBeGreaterThanOrEqual(box.x);
      expect(tip.x).toBeLessThanOrEqual(box.x + box.w);
      expect([box.y, box.y + box.h]).toContainEqual(tip.y);
    }
  });

  it('lays out 100 generated maps of up to 16 objectives and 30 links without a link through a box or boxes overlapping', async () => {
    const failures: string[] = [];
    for (let seed = 1; seed <= 100; seed++) {
      const objectives = generated(seed);
      const map = await layOutStrategyMap(objectives);
      for (const o of objectives) {
        if (rowOf(map, map.boxes.find((b) => b.id === o.id)!) !== o.perspective) failures.push(`seed ${seed}: ${o.id} left its row`);
      }
      failures.push(...problems(map).map((p) => `seed ${seed}: ${p}`));
    }
    expect(failures).toEqual([]);
  });

  it('marks a link from a higher perspective to a lower one as downward, and keeps rows for empty perspectives', async () => {
    const map = await layOutStrategyMap([
      { id: 'profit', perspective: 'business', title: 'Profit', leadsTo: ['skills'] },
      { id: 'skills', perspective: 'learning', title: 'Skills', leadsTo: ['profit', 'gone'] },
    ]);
    expect(map.links.map((l) => [l.from, l.to, l.downward])).toEqual([['profit', 'skills', true], ['skills', 'profit', false]]);
    expect(map.bands.every((b) => b.height > 0)).toBe(true);
    expect(problems(map)).toEqual([]);
  });

  it('wraps titles whole, splitting only words longer than a line', () => {
    expect(wrapWords('Lower the cost of staff turnover', 12)).toEqual(['Lower the', 'cost of', 'staff', 'turnover']);
    expect(wrapWords('Darbuotojųkvalifikacija', 10)).toEqual(['Darbuotoj-', 'ųkvalifik-', 'acija']);
  });
});
