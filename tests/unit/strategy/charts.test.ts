import { describe, expect, it } from 'vitest';
import { linePath, polygonPoints, radarAxes, radarPoints, scaleLinear, stakeholderGrid, strategyMapLayout, trendGeometry } from '../../../electron/api/charts';

describe('scaleLinear', () => {
  it('maps a domain onto a range, reversed ranges included', () => {
    const y = scaleLinear([0, 10], [100, 0]);
    expect([y(0), y(5), y(10), y(12)]).toEqual([100, 50, 0, -20]);
  });

  it('puts every value in the middle when the domain is a single value', () => {
    expect(scaleLinear([3, 3], [0, 40])(7)).toBe(20);
  });
});

describe('paths', () => {
  it('writes polygon points and line paths, rounded', () => {
    const pts = [{ x: 1, y: 2 }, { x: 3.14159, y: 4 }];
    expect(polygonPoints(pts)).toBe('1,2 3.14,4');
    expect(linePath(pts)).toBe('M 1 2 L 3.14 4');
    expect(linePath([])).toBe('');
  });
});

describe('radar', () => {
  it('starts the first axis straight up and goes clockwise, labels anchored away from the centre', () => {
    const axes = radarAxes(4, 100, 100, 50);
    expect(axes.map((a) => [a.x, a.y, a.anchor])).toEqual([
      [100, 50, 'middle'],
      [150, 100, 'start'],
      [100, 150, 'middle'],
      [50, 100, 'end'],
    ]);
    expect(axes[0]!.labelY).toBeLessThan(50);
    expect(axes[1]!.labelX).toBeGreaterThan(150);
  });

  it('places values along their axes between min and max, null and out-of-range values bounded', () => {
    expect(radarPoints([5, 2.5, null, 9], 100, 100, 50)).toEqual([
      { x: 100, y: 50 },
      { x: 125, y: 100 },
      { x: 100, y: 100 },
      { x: 50, y: 100 },
    ]);
    expect(radarPoints([1, 3], 0, 0, 10, 5, 1)).toEqual([{ x: 0, y: 0 }, { x: 0, y: 5 }]);
  });

  it('puts six axes at 60 degree steps', () => {
    const [, second] = radarAxes(6, 0, 0, 100);
    expect(second).toMatchObject({ x: 86.6, y: -50, anchor: 'start' });
  });
});

describe('trendGeometry', () => {
  const ind = {
    baseline: 10,
    baselineDate: '2025-01-01',
    target: 20,
    targetDate: '2025-01-11',
    measurements: [
      { measuredOn: '2025-01-06', value: 15 },
      { measuredOn: '2025-01-03', value: 8 },
    ],
  };

  it('spreads dates over the width and values, baseline and target over the height', () => {
    const g = trendGeometry(ind, 120, 60, 10);
    expect(g.dates).toEqual(['2025-01-01', '2025-01-03', '2025-01-06', '2025-01-11']);
    expect([g.yMin, g.yMax]).toEqual([8, 20]);
    expect(g.points).toEqual([
      { x: 30, y: 50, value: 8, date: '2025-01-03' },
      { x: 60, y: 26.67, value: 15, date: '2025-01-06' },
    ]);
    expect(g.targetY).toBe(10);
    expect(g.baselineY).toBeCloseTo(50 - (2 / 12) * 40, 2);
  });

  it('still draws baseline and target without measurements or dates', () => {
    const g = trendGeometry({ baseline: 5, baselineDate: null, target: 5, targetDate: null, measurements: [] }, 100, 40, 0);
    expect(g).toEqual({ points: [], baselineY: 20, targetY: 20, targetHighY: null, yMin: 4, yMax: 6, dates: [] });
  });

  it('draws both ends of a kept-within range and scales the axis to include the upper end', () => {
    const g = trendGeometry({ baseline: 3, baselineDate: null, target: 2, targetHigh: 8, targetDate: null, measurements: [] }, 100, 40, 0);
    expect([g.yMin, g.yMax]).toEqual([2, 8]);
    expect(g.targetY).toBe(40);
    expect(g.targetHighY).toBe(0);
  });
});

describe('stakeholderGrid', () => {
  it('puts impact on x and influence on y with high influence at the top', () => {
    const [low, high] = stakeholderGrid([{ id: 'a', influence: 1, impact: 1 }, { id: 'b', influence: 5, impact: 5 }], 120, 10);
    expect(low).toEqual({ id: 'a', x: 20, y: 100 });
    expect(high).toEqual({ id: 'b', x: 100, y: 20 });
  });

  it('spreads stakeholders sharing a cell so no two overlap, all inside the cell', () => {
    const items = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, influence: 3, impact: 2 }));
    const spots = stakeholderGrid(items, 120, 10);
    expect(new Set(spots.map((s) => `${s.x},${s.y}`)).size).toBe(5);
    for (const s of spots) {
      expect(s.x).toBeGreaterThan(30);
      expect(s.x).toBeLessThan(50);
      expect(s.y).toBeGreaterThan(50);
      expect(s.y).toBeLessThan(70);
    }
  });
});

describe('strategyMapLayout', () => {
  const objectives = [
    { id: 'profit', perspective: 'business' as const, leadsTo: [] },
    { id: 'skills', perspective: 'learning' as const, leadsTo: ['quality', 'unknown'] },
    { id: 'quality', perspective: 'processes' as const, leadsTo: ['loyalty'] },
    { id: 'loyalty', perspective: 'stakeholders' as const, leadsTo: ['profit'] },
    { id: 'waste', perspective: 'processes' as const, leadsTo: ['quality'] },
  ];

  it('stacks the bands business, stakeholders, processes, learning from the top', () => {
    const map = strategyMapLayout(objectives, 400, 100);
    expect(map.bands).toEqual([
      { perspective: 'business', y: 0, height: 100 },
      { perspective: 'stakeholders', y: 100, height: 100 },
      { perspective: 'processes', y: 200, height: 100 },
      { perspective: 'learning', y: 300, height: 100 },
    ]);
    expect(map.height).toBe(400);
  });

  it('centres the boxes of each band within it, side by side', () => {
    const map = strategyMapLayout(objectives, 400, 100, { gutter: 40, gap: 10, maxBoxWidth: 100 });
    const box = (id: string) => map.boxes.find((b) => b.id === id)!;
    expect(box('profit')).toEqual({ id: 'profit', x: 170, y: 20, w: 100, h: 60 });
    expect(box('quality')).toEqual({ id: 'quality', x: 115, y: 220, w: 100, h: 60 });
    expect(box('waste')).toEqual({ id: 'waste', x: 225, y: 220, w: 100, h: 60 });
  });

  it('draws causes pointing up into their effects, ignoring links to objectives that are gone', () => {
    const map = strategyMapLayout(objectives, 400, 100, { gutter: 40, gap: 10, maxBoxWidth: 100 });
    expect(map.links.map((l) => `${l.from}>${l.to}`)).toEqual(['skills>quality', 'quality>loyalty', 'loyalty>profit', 'waste>quality']);
    const loyalty = map.links.find((l) => l.from === 'loyalty')!;
    // From the top of "loyalty" (y 120) to the bottom of "profit" (y 80), the head's tip on the box edge.
    expect(loyalty.path).toBe('M 220 120 C 220 103 220 103 220 86');
    expect(loyalty.arrow).toBe('220,80 216.5,86 223.5,86');
  });

  it('spreads two links arriving at one side, the one from the left on the left', () => {
    const map = strategyMapLayout([
      { id: 'quality', perspective: 'processes', leadsTo: [] },
      { id: 'tools', perspective: 'learning', leadsTo: ['quality'] },
      { id: 'skills', perspective: 'learning', leadsTo: ['quality'] },
    ], 300, 100, { gap: 10, maxBoxWidth: 100 });
    const tipX = (from: string) => Number(map.links.find((l) => l.from === from)!.arrow.split(',')[0]);
    // "quality" spans 100..200; "tools" is below on the left, "skills" on the right.
    expect(tipX('tools')).toBeCloseTo(100 + 100 / 3, 1);
    expect(tipX('skills')).toBeCloseTo(100 + 200 / 3, 1);
  });

  it('arcs a link between objectives of the same band over the boxes', () => {
    const map = strategyMapLayout([
      { id: 'a', perspective: 'processes', leadsTo: ['b'] },
      { id: 'b', perspective: 'processes', leadsTo: [] },
    ], 300, 100, { gap: 10, maxBoxWidth: 100 });
    const [link] = map.links;
    expect(link!.path).toMatch(/^M 95 220 C 95 202 205 202 205 214$/);
    expect(link!.arrow).toBe('205,220 201.5,214 208.5,214');
  });

  it('has empty bands and no links without objectives', () => {
    const map = strategyMapLayout([], 300, 80);
    expect(map.bands).toHaveLength(4);
    expect(map.boxes).toEqual([]);
    expect(map.links).toEqual([]);
  });
});
