import { Circle, G, Line, Path, Polygon, Rect, Svg, Text, View } from '@react-pdf/renderer';
import type { ComponentProps, ReactNode } from 'react';
import type { MapPerspective, StrategyMapGeometry } from '../../api/strategy-map';
import { relationshipColour, stakeholderCells } from '../../api/stakeholder-grid';
import { wrapWords } from '../../api/strategy-map';
import { linePath, polygonPoints, radarAxes, radarPoints, trendGeometry } from '../../api/charts';
import type { Indicator, Stakeholder } from '../../api/strategy';
import { PDF_FONT } from './fonts';
import { ACCENT, INK, LIGHT_COLOURS, MUTED, RULE, SHADE } from './strategy-common';

/**
 * The report's charts as react-pdf <Svg>, drawn from the geometry the screen uses too
 * (electron/api/charts.ts). Noto Sans has no arrow glyphs, so arrows are drawn shapes.
 */

type LabelProps = { x: number; y: number; size?: number; fill?: string; anchor?: 'start' | 'middle' | 'end'; children: string };

/**
 * Text in a chart, in the report's font. react-pdf reads the font of SVG text from the element's
 * own props (its default is Helvetica, which lacks most of our letters), but its types leave
 * those props out, hence the widened props.
 */
function Label({ x, y, size = 7, fill = INK, anchor = 'start', children }: LabelProps): ReactNode {
  const props = { x, y, fill, textAnchor: anchor, fontFamily: PDF_FONT, fontSize: size } as ComponentProps<typeof Text>;
  return <Text {...props}>{children}</Text>;
}

/** Splits a label into lines of about `max` characters, at spaces. */
function lines(label: string, max: number): string[] {
  const out: string[] = [];
  for (const word of label.split(/\s+/)) {
    const last = out.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= max) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  return out;
}

export interface RadarSeries {
  values: (number | null)[];
  colour: string;
  dashed?: boolean;
}

/** The lowest and highest of the participants' own scores per axis, drawn as a bar along it. */
export interface RadarBand {
  min: (number | null)[];
  max: (number | null)[];
  colour: string;
}

/** A radar (spider) chart of scores 1–5, one polygon per series, later series drawn on top. */
export function Radar({ labels, series, band, width = 246, height = 190 }: { labels: string[]; series: RadarSeries[]; band?: RadarBand; width?: number; height?: number }): ReactNode {
  const cx = width / 2;
  const cy = height / 2;
  const r = Math.min(height / 2 - 30, width / 2 - 76);
  const axes = radarAxes(labels.length, cx, cy, r);
  const rings = [1, 2, 3, 4, 5].map((level) => polygonPoints(radarPoints(labels.map(() => level), cx, cy, r)));
  return (
    <Svg width={width} height={height}>
      {rings.map((points, i) => <Polygon key={i} points={points} fill="none" stroke={RULE} strokeWidth={i === 4 ? 0.8 : 0.4} />)}
      {axes.map((a, i) => <Line key={i} x1={cx} y1={cy} x2={a.x} y2={a.y} stroke={RULE} strokeWidth={0.4} />)}
      {band && radarPoints(band.min, cx, cy, r).map((lo, i) => {
        if (band.min[i] === null || band.max[i] === null) return null;
        const hi = radarPoints(band.max, cx, cy, r)[i]!;
        return <Line key={`band-${i}`} x1={lo.x} y1={lo.y} x2={hi.x} y2={hi.y} stroke={band.colour} strokeWidth={4} strokeOpacity={0.45} strokeLinecap="round" />;
      })}
      {series.map((s, i) => (
        <Polygon
          key={i}
          points={polygonPoints(radarPoints(s.values, cx, cy, r))}
          fill={s.dashed ? 'none' : s.colour}
          fillOpacity={0.18}
          stroke={s.colour}
          strokeWidth={1.2}
          {...(s.dashed ? { strokeDasharray: '3 2' } : {})}
        />
      ))}
      {axes.map((a, i) => {
        const parts = lines(labels[i]!, 15);
        // Labels above the centre grow upwards, those below grow downwards, side ones are centred on the axis end.
        const top = a.labelY < cy - 1 ? a.labelY - (parts.length - 1) * 8 : a.labelY > cy + 1 ? a.labelY + 6 : a.labelY - ((parts.length - 1) * 8) / 2 + 2.5;
        return parts.map((line, j) => <Label key={`${i}-${j}`} x={a.labelX} y={top + j * 8} anchor={a.anchor}>{line}</Label>);
      })}
    </Svg>
  );
}

/**
 * The stakeholder grid, as on screen: each cell lists its stakeholders by name, the dot's colour
 * and number giving the relationship now (explained in the legend beside it).
 */
export function StakeholderChart({ stakeholders, influence, impact, size = 340 }: { stakeholders: Stakeholder[]; influence: string; impact: string; size?: number }): ReactNode {
  const pad = 24;
  const grid = stakeholderCells(stakeholders, size - 2 * pad, { x: pad, y: pad, fontSize: 6.5 });
  const cell = grid.cell;
  const level = new Map(stakeholders.map((s) => [s.id, s.relationship]));
  const ticks = [1, 2, 3, 4, 5];
  const bottom = size - pad;
  return (
    <Svg width={size} height={size}>
      {/* The stakeholders who matter most: high influence and high impact. */}
      <Rect x={pad + 3 * cell} y={pad} width={2 * cell} height={2 * cell} fill={SHADE} />
      {[0, 1, 2, 3, 4, 5].map((i) => (
        <G key={i}>
          <Line x1={pad + i * cell} y1={pad} x2={pad + i * cell} y2={bottom} stroke={RULE} strokeWidth={0.4} />
          <Line x1={pad} y1={pad + i * cell} x2={bottom} y2={pad + i * cell} stroke={RULE} strokeWidth={0.4} />
        </G>
      ))}
      {ticks.map((t) => <Label key={`x${t}`} x={pad + (t - 0.5) * cell} y={bottom + 9} anchor="middle" fill={MUTED}>{String(t)}</Label>)}
      {ticks.map((t) => <Label key={`y${t}`} x={pad - 4} y={pad + (5.5 - t) * cell + 2.5} anchor="end" fill={MUTED}>{String(t)}</Label>)}
      {/* Axis arrows: influence up the left side, impact along the bottom. */}
      <Line x1={pad} y1={pad} x2={pad} y2={pad - 6} stroke={INK} strokeWidth={0.8} />
      <Polygon points={polygonPoints([{ x: pad, y: pad - 12 }, { x: pad - 3, y: pad - 6 }, { x: pad + 3, y: pad - 6 }])} fill={INK} />
      <Label x={pad + 6} y={pad - 6} size={8}>{influence}</Label>
      <Line x1={bottom} y1={bottom} x2={bottom + 6} y2={bottom} stroke={INK} strokeWidth={0.8} />
      <Polygon points={polygonPoints([{ x: bottom + 12, y: bottom }, { x: bottom + 6, y: bottom - 3 }, { x: bottom + 6, y: bottom + 3 }])} fill={INK} />
      <Label x={bottom} y={size - 3} size={8} anchor="end">{impact}</Label>
      {grid.cells.map((c) => (
        <G key={`${c.impact}:${c.influence}`}>
          {c.entries.map((e) => (
            <G key={e.id}>
              <Circle cx={e.dotX} cy={e.dotY} r={grid.dotRadius} fill={relationshipColour(level.get(e.id)!)} />
              <Label x={e.dotX} y={e.dotY + grid.dotRadius * 0.55} size={grid.dotRadius * 1.4} anchor="middle" fill="#ffffff">{String(level.get(e.id))}</Label>
              {e.lines.map((line, j) => <Label key={j} x={e.textX} y={e.textY + j * grid.lineHeight} size={grid.fontSize}>{line}</Label>)}
            </G>
          ))}
          {c.more > 0 && <Label x={c.moreX} y={c.moreY} size={grid.fontSize} fill={MUTED}>{`+${c.more}`}</Label>}
        </G>
      ))}
    </Svg>
  );
}

/** The relationship colours explained: a numbered dot and its name for each level. */
export function RelationshipLegend({ title, levels }: { title: string; levels: Record<string, string> }): ReactNode {
  return (
    <View>
      <Text style={{ fontWeight: 700, marginBottom: 3 }}>{title}</Text>
      {[1, 2, 3, 4, 5].map((n) => (
        <View key={n} style={{ flexDirection: 'row', alignItems: 'center', marginBottom: 2 }}>
          <Svg width={10} height={10}>
            <Circle cx={5} cy={5} r={5} fill={relationshipColour(n)} />
            <Label x={5} y={7.2} size={6.5} anchor="middle" fill="#ffffff">{String(n)}</Label>
          </Svg>
          <Text style={{ marginLeft: 4 }}>{levels[String(n)] ?? String(n)}</Text>
        </View>
      ))}
    </View>
  );
}

/** Dark orange, dashed: a link from a higher perspective to a lower one, drawn as on screen. */
const DOWNWARD = '#c2410c';

/**
 * The strategy map as laid out by layOutStrategyMap (the screen draws the same geometry): the
 * four perspectives as bands, objectives as boxes with their titles wrapped by the layout, and
 * arrows routed around the boxes. A map wider than the page is scaled down to fit it.
 */
export function StrategyMapChart({ map, bandNames, width }: { map: StrategyMapGeometry; bandNames: Record<MapPerspective, string>; width: number }): ReactNode {
  const scale = Math.min(1.25, width / map.width);
  const { fontSize, lineHeight, pad } = map.text;
  return (
    <Svg width={map.width * scale} height={map.height * scale} viewBox={`0 0 ${map.width} ${map.height}`}>
      {map.bands.map((b, i) => <Rect key={b.perspective} x={0} y={b.y} width={map.width} height={b.height} fill={i % 2 === 0 ? SHADE : '#ffffff'} stroke={RULE} strokeWidth={0.4} />)}
      {map.bands.map((b) => {
        const name = wrapWords(bandNames[b.perspective], 15);
        const first = b.y + b.height / 2 - ((name.length - 1) * 10) / 2 + 3;
        return name.map((line, j) => <Label key={`${b.perspective}-${j}`} x={6} y={first + j * 10} size={8.5} fill={ACCENT}>{line}</Label>);
      })}
      {map.links.map((l, i) => (
        <G key={i}>
          <Path d={l.path} fill="none" stroke={l.downward ? DOWNWARD : INK} strokeWidth={0.9} {...(l.downward ? { strokeDasharray: '4 3' } : {})} />
          <Polygon points={l.arrow} fill={l.downward ? DOWNWARD : INK} />
        </G>
      ))}
      {map.boxes.map((b) => (
        <G key={b.id}>
          <Rect x={b.x} y={b.y} width={b.w} height={b.h} rx={4} fill="#ffffff" stroke={ACCENT} strokeWidth={1} />
          {b.lines.map((line, j) => <Label key={j} x={b.x + b.w / 2} y={b.y + pad + fontSize + j * lineHeight} size={fontSize} anchor="middle">{line}</Label>)}
        </G>
      ))}
    </Svg>
  );
}

/** A small line chart of an indicator: its measurements, the baseline (grey, dashed) and the target (green, dashed). */
export function TrendChart({ indicator, measurements, labels, width = 170, height = 64 }: { indicator: Indicator; measurements: Indicator['measurements']; labels: { baseline: string; target: string }; width?: number; height?: number }): ReactNode {
  const g = trendGeometry({ ...indicator, measurements }, width, height, 10);
  // Each line's name sits just above it, or below when the line runs along the top edge.
  const nameY = (y: number) => (y < 12 ? y + 7 : y - 2);
  return (
    <Svg width={width} height={height}>
      <Rect x={0} y={0} width={width} height={height} fill="none" stroke={RULE} strokeWidth={0.4} />
      <Line x1={4} y1={g.baselineY} x2={width - 4} y2={g.baselineY} stroke={MUTED} strokeWidth={0.7} strokeDasharray="2 2" />
      <Line x1={4} y1={g.targetY} x2={width - 4} y2={g.targetY} stroke={LIGHT_COLOURS.green} strokeWidth={1} strokeDasharray="4 2" />
      {g.targetHighY !== null && <Line x1={4} y1={g.targetHighY} x2={width - 4} y2={g.targetHighY} stroke={LIGHT_COLOURS.green} strokeWidth={1} strokeDasharray="4 2" />}
      <Label x={width - 5} y={nameY(g.baselineY)} size={5.5} anchor="end" fill={MUTED}>{labels.baseline}</Label>
      <Label x={width - 5} y={nameY(g.targetY)} size={5.5} anchor="end" fill={LIGHT_COLOURS.green}>{labels.target}</Label>
      {g.points.length > 1 && <Path d={linePath(g.points)} fill="none" stroke={ACCENT} strokeWidth={1.2} />}
      {/* A single measurement has no line to show it: a larger point with a white ring stands out from the dashed lines. */}
      {g.points.map((p) => <Circle key={p.date} cx={p.x} cy={p.y} r={g.points.length === 1 ? 3.2 : 2} fill={ACCENT} stroke="#ffffff" strokeWidth={g.points.length === 1 ? 1 : 0} />)}
    </Svg>
  );
}
