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

// ---- Stakeholder map ---------------------------------------------------------------------

/**
 * Positions on a 5 x 5 influence/impact grid of `size` x `size`: x by impact (1 left, 5 right),
 * y by influence (5 at the top). Stakeholders that share a cell are set out in a small grid
 * inside it so none hides another.
 */
export function stakeholderGrid(items: readonly { id: string; influence: number; impact: number }[], size: number, pad = 24): { id: string; x: number; y: number }[] {
  const cell = (size - 2 * pad) / 5;
  const level = (v: number) => clamp(Math.round(v), 1, 5);
  const cells = new Map<string, string[]>();
  for (const item of items) {
    const key = `${level(item.impact)}:${level(item.influence)}`;
    cells.set(key, [...(cells.get(key) ?? []), item.id]);
  }
  return items.map((item) => {
    const impact = level(item.impact);
    const influence = level(item.influence);
    const mates = cells.get(`${impact}:${influence}`)!;
    const index = mates.indexOf(item.id);
    const cols = Math.ceil(Math.sqrt(mates.length));
    const rows = Math.ceil(mates.length / cols);
    const left = pad + (impact - 1) * cell;
    const top = pad + (5 - influence) * cell;
    return { id: item.id, x: round(left + ((index % cols) + 1) * (cell / (cols + 1))), y: round(top + (Math.floor(index / cols) + 1) * (cell / (rows + 1))) };
  });
}

// ---- Strategy map ------------------------------------------------------------------------

export const MAP_PERSPECTIVES = ['business', 'stakeholders', 'processes', 'learning'] as const;
export type MapPerspective = (typeof MAP_PERSPECTIVES)[number];

export interface MapBox {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface StrategyMapLayout {
  bands: { perspective: MapPerspective; y: number; height: number }[];
  boxes: MapBox[];
  links: { from: string; to: string; path: string; arrow: string }[];
  height: number;
}

export interface StrategyMapOptions {
  /** Room kept free on the left of every band, for its name. */
  gutter?: number;
  /** Space between boxes. */
  gap?: number;
  /** The widest a box gets when a band has few objectives. */
  maxBoxWidth?: number;
}

const ARROW_LENGTH = 6;
const ARROW_HALF_WIDTH = 3.5;

/**
 * The balanced-scorecard strategy map: one band per perspective, business at the top and
 * learning at the bottom, each objective a box in its band, and an arrow from each objective
 * to those it leads to (causes below point up to effects above). Links between objectives
 * of the same band arc over the boxes. Where several links meet one side of a box they are
 * spread along it, ordered by where their other end is, to keep them apart and uncrossed.
 */
export function strategyMapLayout(
  objectives: readonly { id: string; perspective: MapPerspective; leadsTo: readonly string[] }[],
  width: number,
  bandHeight: number,
  options: StrategyMapOptions = {},
): StrategyMapLayout {
  const { gutter = 0, gap = 8, maxBoxWidth = 160 } = options;
  const bands = MAP_PERSPECTIVES.map((perspective, i) => ({ perspective, y: i * bandHeight, height: bandHeight }));
  const boxes = bands.flatMap((band) => bandBoxes(objectives.filter((o) => o.perspective === band.perspective).map((o) => o.id), band.y, { gutter, gap, maxBoxWidth, width, bandHeight }));
  const byId = new Map(boxes.map((b) => [b.id, b]));
  const pairs = objectives.flatMap((o) => o.leadsTo.filter((to) => to !== o.id && byId.has(to) && byId.has(o.id)).map((to) => ({ from: byId.get(o.id)!, to: byId.get(to)! })));
  const ends = pairs.map((p) => linkSides(p.from, p.to));
  const ports = spreadPorts(pairs.flatMap((p, i) => [
    { key: `${i}:from`, box: p.from, side: ends[i]!.fromSide, towards: centreX(p.to) },
    { key: `${i}:to`, box: p.to, side: ends[i]!.toSide, towards: centreX(p.from) },
  ]));
  const links = pairs.map((p, i) => {
    const start = ports.get(`${i}:from`)!;
    const tip = ports.get(`${i}:to`)!;
    return { from: p.from.id, to: p.to.id, ...curve(start, tip, ends[i]!, bandHeight) };
  });
  return { bands, boxes, links, height: bands.length * bandHeight };
}

function bandBoxes(ids: string[], bandY: number, o: { gutter: number; gap: number; maxBoxWidth: number; width: number; bandHeight: number }): MapBox[] {
  if (ids.length === 0) return [];
  const room = o.width - o.gutter;
  const w = Math.min(o.maxBoxWidth, (room - o.gap * (ids.length + 1)) / ids.length);
  const h = o.bandHeight * 0.6;
  const startX = o.gutter + (room - (ids.length * w + (ids.length - 1) * o.gap)) / 2;
  return ids.map((id, i) => ({ id, x: round(startX + i * (w + o.gap)), y: round(bandY + (o.bandHeight - h) / 2), w: round(w), h: round(h) }));
}

type Side = 'top' | 'bottom';
interface Sides {
  fromSide: Side;
  toSide: Side;
  /** Both boxes in one band: the link arcs over them. */
  arc: boolean;
}

const centreX = (b: MapBox) => b.x + b.w / 2;

function linkSides(from: MapBox, to: MapBox): Sides {
  if (from.y === to.y) return { fromSide: 'top', toSide: 'top', arc: true };
  return to.y < from.y ? { fromSide: 'top', toSide: 'bottom', arc: false } : { fromSide: 'bottom', toSide: 'top', arc: false };
}

/** Spreads the links that meet one side of a box along that side, ordered by where they come from. */
function spreadPorts(ends: { key: string; box: MapBox; side: Side; towards: number }[]): Map<string, Point> {
  const groups = new Map<string, typeof ends>();
  for (const end of ends) {
    const g = `${end.box.id}:${end.side}`;
    groups.set(g, [...(groups.get(g) ?? []), end]);
  }
  const ports = new Map<string, Point>();
  for (const group of groups.values()) {
    const sorted = [...group].sort((a, b) => a.towards - b.towards);
    sorted.forEach((end, i) => {
      const b = end.box;
      ports.set(end.key, { x: b.x + (b.w * (i + 1)) / (sorted.length + 1), y: end.side === 'top' ? b.y : b.y + b.h });
    });
  }
  return ports;
}

/** A smooth curve from `start` that arrives vertically at `tip`, ending where the arrow head begins. */
function curve(start: Point, tip: Point, sides: Sides, bandHeight: number): { path: string; arrow: string } {
  // The head points the way the curve arrives: up into a bottom side, down into a top side.
  const dir = sides.toSide === 'bottom' ? -1 : 1;
  const base = { x: tip.x, y: tip.y - dir * ARROW_LENGTH };
  const bend = sides.arc ? Math.min(start.y, tip.y) - bandHeight * 0.18 : (start.y + base.y) / 2;
  const path = `M ${round(start.x)} ${round(start.y)} C ${round(start.x)} ${round(bend)} ${round(base.x)} ${round(bend)} ${round(base.x)} ${round(base.y)}`;
  const arrow = polygonPoints([tip, { x: base.x - ARROW_HALF_WIDTH, y: base.y }, { x: base.x + ARROW_HALF_WIDTH, y: base.y }]);
  return { path, arrow };
}
