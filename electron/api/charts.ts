/**
 * Chart geometry shared by the renderer's SVG charts and the PDF's react-pdf <Svg> charts, so a
 * chart looks the same on screen and on paper. Pure functions of numbers, no drawing: callers
 * turn the coordinates into their own elements. Coordinates are rounded to 0.01 to keep the
 * path strings short and the tests exact.
 */

export interface Point {
  x: number;
  y: number;
}

const round = (v: number) => Math.round(v * 100) / 100 + 0;
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Maps `domain` linearly onto `range`; a domain of one value maps to the middle of the range. */
export function scaleLinear(domain: [number, number], range: [number, number]): (v: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d0 === d1) return () => (r0 + r1) / 2;
  return (v) => r0 + ((v - d0) / (d1 - d0)) * (r1 - r0);
}

/** "x,y x,y …" for an SVG polygon or polyline. */
export function polygonPoints(points: readonly Point[]): string {
  return points.map((p) => `${round(p.x)},${round(p.y)}`).join(' ');
}

/** "M x y L x y …" for an SVG path; empty without points. */
export function linePath(points: readonly Point[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'} ${round(p.x)} ${round(p.y)}`).join(' ');
}

// ---- Radar -------------------------------------------------------------------------------

export type TextAnchor = 'start' | 'middle' | 'end';

/** Angle of axis `i` of `n`: axis 0 points straight up, the others follow clockwise (y grows down). */
const axisAngle = (i: number, n: number) => -Math.PI / 2 + (2 * Math.PI * i) / n;

/** Where each of `n` radar axes ends, and where its label goes (just outside, anchored away from the centre). */
export function radarAxes(n: number, cx: number, cy: number, r: number): { x: number; y: number; labelX: number; labelY: number; anchor: TextAnchor }[] {
  const labelR = r + Math.max(6, r * 0.12);
  return Array.from({ length: n }, (_, i) => {
    const cos = Math.cos(axisAngle(i, n));
    const sin = Math.sin(axisAngle(i, n));
    const anchor: TextAnchor = Math.abs(cos) < 0.01 ? 'middle' : cos > 0 ? 'start' : 'end';
    return { x: round(cx + r * cos), y: round(cy + r * sin), labelX: round(cx + labelR * cos), labelY: round(cy + labelR * sin), anchor };
  });
}

/** The corners of a radar polygon: each value along its axis, between `min` (centre) and `max` (rim); null sits at the centre. */
export function radarPoints(values: readonly (number | null)[], cx: number, cy: number, r: number, max = 5, min = 0): Point[] {
  const share = scaleLinear([min, max], [0, 1]);
  return values.map((v, i) => {
    const d = v === null ? 0 : r * clamp(share(v), 0, 1);
    return { x: round(cx + d * Math.cos(axisAngle(i, values.length))), y: round(cy + d * Math.sin(axisAngle(i, values.length))) };
  });
}

// ---- Indicator trend ---------------------------------------------------------------------

export interface TrendInput {
  baseline: number;
  baselineDate: string | null;
  target: number;
  /** The upper end of a kept-within range, drawn as a second target line. */
  targetHigh?: number | null;
  targetDate: string | null;
  measurements: readonly { measuredOn: string; value: number }[];
}

export interface TrendGeometry {
  /** The measurements, oldest first. */
  points: { x: number; y: number; value: number; date: string }[];
  baselineY: number;
  targetY: number;
  /** Where the upper end of a kept-within range runs; null for any other indicator. */
  targetHighY: number | null;
  yMin: number;
  yMax: number;
  /** Every date on the time axis (baseline, measurements, target), oldest first. */
  dates: string[];
}

const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/**
 * A small line chart of an indicator: x by date from the earliest to the latest of baseline,
 * measurements and target date; y by value over a range that always holds baseline and target,
 * so the target line is on the chart even before the first measurement.
 */
export function trendGeometry(ind: TrendInput, width: number, height: number, pad = 8): TrendGeometry {
  const measurements = [...ind.measurements].sort((a, b) => a.measuredOn.localeCompare(b.measuredOn));
  const dated = [ind.baselineDate, ...measurements.map((m) => m.measuredOn), ind.targetDate].filter((d): d is string => d !== null);
  const dates = [...new Set(dated)].sort();
  const high = ind.targetHigh ?? null;
  const values = [ind.baseline, ind.target, ...(high === null ? [] : [high]), ...measurements.map((m) => m.value)];
  let yMin = Math.min(...values);
  let yMax = Math.max(...values);
  if (yMin === yMax) {
    yMin -= 1;
    yMax += 1;
  }
  const x = dates.length ? scaleLinear([dayNumber(dates[0]!), dayNumber(dates.at(-1)!)], [pad, width - pad]) : () => width / 2;
  const y = scaleLinear([yMin, yMax], [height - pad, pad]);
  return {
    points: measurements.map((m) => ({ x: round(x(dayNumber(m.measuredOn))), y: round(y(m.value)), value: m.value, date: m.measuredOn })),
    baselineY: round(y(ind.baseline)),
    targetY: round(y(ind.target)),
    targetHighY: high === null ? null : round(y(high)),
    yMin,
    yMax,
    dates,
  };
}
