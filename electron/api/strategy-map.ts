/**
 * The strategy map's geometry, laid out by ELK's layered algorithm and drawn the same way by the
 * screen (SVG) and the PDF (react-pdf <Svg>). The four perspectives are fixed partitions (learning
 * at the bottom, business results on top); within a row ELK may reorder the boxes to reduce
 * crossings, and its orthogonal routing takes a link that skips a row around the boxes in between
 * instead of through them. Titles are wrapped here, once, so both drawings break lines alike.
 */
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { Point } from './charts';
import { polygonPoints } from './charts';

export const MAP_PERSPECTIVES = ['business', 'stakeholders', 'processes', 'learning'] as const;
export type MapPerspective = (typeof MAP_PERSPECTIVES)[number];

export interface MapObjectiveInput {
  id: string;
  perspective: MapPerspective;
  title: string;
  leadsTo: readonly string[];
}

export interface MapBox {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  /** The title broken into lines that fit the box; the first line's baseline is `y + pad + fontSize`. */
  lines: string[];
}

export interface MapLink {
  from: string;
  to: string;
  /** The route, from the cause's side to the point where the arrow head begins. */
  points: Point[];
  path: string;
  arrow: string;
  /** From a higher perspective to a lower one: an effect said to cause its own cause. */
  downward: boolean;
}

export interface StrategyMapGeometry {
  width: number;
  height: number;
  bands: { perspective: MapPerspective; y: number; height: number }[];
  boxes: MapBox[];
  links: MapLink[];
  /** Text metrics the boxes were sized with, for drawing their lines. */
  text: { fontSize: number; lineHeight: number; pad: number };
}

export interface StrategyMapOptions {
  /** Room kept free on the left, for the perspectives' names. */
  gutter?: number;
  boxWidth?: number;
  fontSize?: number;
}

/** Noto Sans averages about 0.55 em a letter; a little more keeps wide words (Greek capitals, "ž", "ш") inside. */
const EM_PER_CHAR = 0.58;
const ARROW_LENGTH = 6;
const ARROW_HALF_WIDTH = 3.5;
const round = (v: number) => Math.round(v * 100) / 100 + 0;

/** True when a link from `from` to `to` points down the map (for example business → learning). */
export function isDownward(from: MapPerspective, to: MapPerspective): boolean {
  return MAP_PERSPECTIVES.indexOf(from) < MAP_PERSPECTIVES.indexOf(to);
}

/**
 * Breaks `text` into lines of at most `width` characters at spaces; a word longer than a line is
 * split with a hyphen so it never runs out of its box. Nothing is dropped.
 */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.trim().split(/\s+/).filter(Boolean)) {
    while ([...word].length > width) {
      if (line) {
        lines.push(line);
        line = '';
      }
      const chars = [...word];
      lines.push(`${chars.slice(0, width - 1).join('')}-`);
      word = chars.slice(width - 1).join('');
    }
    if (line && [...line].length + 1 + [...word].length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

type Elk = { layout(graph: ElkNode): Promise<ElkNode> };
let elk: Promise<Elk> | undefined;

/** ELK is large, so it is loaded the first time a map is drawn, not with the screen. */
function loadElk(): Promise<Elk> {
  elk ??= import('elkjs/lib/elk.bundled.js').then((m) => {
    const ELK = (m as unknown as { default: new () => Elk }).default;
    return new ELK();
  });
  return elk;
}

/** The map's boxes, bands and routed links; links to objectives that are gone are left out. */
export async function layOutStrategyMap(objectives: readonly MapObjectiveInput[], options: StrategyMapOptions = {}): Promise<StrategyMapGeometry> {
  const { gutter = 90, boxWidth = 128, fontSize = 8 } = options;
  const text = { fontSize, lineHeight: round(fontSize * 1.25), pad: 6 };
  const perLine = Math.max(6, Math.floor((boxWidth - 2 * text.pad) / (fontSize * EM_PER_CHAR)));
  const lines = new Map(objectives.map((o) => [o.id, wrapWords(o.title, perLine)]));
  const heightOf = (id: string) => round(2 * text.pad + lines.get(id)!.length * text.lineHeight + 2);
  const known = new Map(objectives.map((o) => [o.id, o]));
  const pairs = objectives.flatMap((o) => [...new Set(o.leadsTo)].filter((to) => to !== o.id && known.has(to)).map((to) => ({ from: o, to: known.get(to)! })));
  // A perspective without objectives still gets its row: an invisible placeholder holds it open.
  const empty = MAP_PERSPECTIVES.filter((p) => !objectives.some((o) => o.perspective === p));
  const partition = (p: MapPerspective) => ({ 'elk.partitioning.partition': String(MAP_PERSPECTIVES.length - 1 - MAP_PERSPECTIVES.indexOf(p)) });
  const graph: ElkNode = {
    id: 'map',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'UP',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.partitioning.activate': 'true',
      // One graph, not one per connected part: the rows must line up across the whole map.
      'elk.separateConnectedComponents': 'false',
      'elk.spacing.nodeNode': '14',
      'elk.spacing.edgeNode': '10',
      'elk.spacing.edgeEdge': '6',
      'elk.layered.spacing.nodeNodeBetweenLayers': '34',
      'elk.layered.spacing.edgeNodeBetweenLayers': '12',
      'elk.layered.crossingMinimization.semiInteractive': 'false',
      'elk.padding': '[top=14,left=12,bottom=14,right=12]',
    },
    children: [
      ...objectives.map((o) => ({ id: o.id, width: boxWidth, height: heightOf(o.id), layoutOptions: partition(o.perspective) })),
      ...empty.map((p) => ({ id: `empty:${p}`, width: 1, height: 2 * text.lineHeight, layoutOptions: partition(p) })),
    ],
    edges: pairs.map((p, i): ElkExtendedEdge => ({ id: `link${i}`, sources: [p.from.id], targets: [p.to.id] })),
  };
  const laid = await (await loadElk()).layout(graph);
  const placed = new Map((laid.children ?? []).map((n) => [n.id, n]));
  const boxes: MapBox[] = objectives.map((o) => {
    const n = placed.get(o.id)!;
    return { id: o.id, x: round(gutter + n.x!), y: round(n.y!), w: boxWidth, h: heightOf(o.id), lines: lines.get(o.id)! };
  });
  const width = round(gutter + (laid.width ?? 0));
  const height = round(laid.height ?? 0);
  const bands = bandsOf(objectives, boxes, (laid.children ?? []).filter((n) => n.id.startsWith('empty:')), height);
  const links = (laid.edges ?? []).map((edge, i) => {
    const { from, to } = pairs[i]!;
    const route = (edge.sections ?? []).flatMap((s) => [s.startPoint, ...(s.bendPoints ?? []), s.endPoint]).map((p) => ({ x: round(gutter + p.x), y: round(p.y) }));
    return { from: from.id, to: to.id, downward: isDownward(from.perspective, to.perspective), ...withArrow(route) };
  });
  return { width, height, bands, boxes, links, text };
}

/** Each perspective's row runs from halfway to the row above to halfway to the row below. */
function bandsOf(objectives: readonly MapObjectiveInput[], boxes: MapBox[], placeholders: ElkNode[], height: number): StrategyMapGeometry['bands'] {
  const spans = MAP_PERSPECTIVES.map((p) => {
    const mine = boxes.filter((b, i) => objectives[i]!.perspective === p).map((b) => [b.y, b.y + b.h] as const);
    const holder = placeholders.find((n) => n.id === `empty:${p}`);
    if (holder) mine.push([holder.y!, holder.y! + holder.height!]);
    return { top: Math.min(...mine.map((s) => s[0])), bottom: Math.max(...mine.map((s) => s[1])) };
  });
  return MAP_PERSPECTIVES.map((perspective, i) => {
    const top = i === 0 ? 0 : (spans[i - 1]!.bottom + spans[i]!.top) / 2;
    const bottom = i === MAP_PERSPECTIVES.length - 1 ? height : (spans[i]!.bottom + spans[i + 1]!.top) / 2;
    return { perspective, y: round(top), height: round(bottom - top) };
  });
}

/** The route as a path that stops where the arrow head begins, and the head at its end. */
function withArrow(route: Point[]): { points: Point[]; path: string; arrow: string } {
  if (route.length < 2) return { points: route, path: '', arrow: '' };
  const tip = route.at(-1)!;
  const before = route.at(-2)!;
  const length = Math.hypot(tip.x - before.x, tip.y - before.y) || 1;
  const ux = (tip.x - before.x) / length;
  const uy = (tip.y - before.y) / length;
  const base = { x: round(tip.x - ux * ARROW_LENGTH), y: round(tip.y - uy * ARROW_LENGTH) };
  const points = [...route.slice(0, -1), base];
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'} ${p.x} ${p.y}`).join(' ');
  const arrow = polygonPoints([tip, { x: base.x - uy * ARROW_HALF_WIDTH, y: base.y + ux * ARROW_HALF_WIDTH }, { x: base.x + uy * ARROW_HALF_WIDTH, y: base.y - ux * ARROW_HALF_WIDTH }]);
  return { points: route, path, arrow };
}
