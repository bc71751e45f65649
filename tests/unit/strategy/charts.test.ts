import { describe, expect, it } from 'vitest';
import { linePath, polygonPoints, radarAxes, radarPoints, scaleLinear, trendGeometry } from '../../../electron/api/charts';

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
