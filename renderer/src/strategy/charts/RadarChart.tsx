import { Group, Stack, Text } from '@mantine/core';
import { polygonPoints, radarAxes, radarPoints } from '@api/charts';
import { wrapLabel } from './wrap';

export interface RadarSeries {
  name: string;
  /** One value per axis, 1–5; null (not rated) sits at the centre. */
  values: (number | null)[];
}

const WIDTH = 440;
const HEIGHT = 330;
const CX = WIDTH / 2;
const CY = 168;
const R = 104;
const LINE = 13;
const LEVELS = [1, 2, 3, 4, 5];

/** Up to two series, told apart by colour and by line (solid circles, dashed squares). */
const LOOKS = [
  { stroke: '#1864ab', fill: 'rgba(24, 100, 171, 0.16)', dash: undefined },
  { stroke: '#d9480f', fill: 'rgba(217, 72, 15, 0.10)', dash: '6 4' },
] as const;

function Marker({ x, y, index, color }: { x: number; y: number; index: number; color: string }) {
  return index === 0 ? <circle cx={x} cy={y} r={3.5} fill={color} /> : <rect x={x - 3.5} y={y - 3.5} width={7} height={7} fill={color} />;
}

/** The lowest and highest of the participants' own scores per axis, drawn as a bar along it. */
export interface RadarBand {
  name: string;
  min: (number | null)[];
  max: (number | null)[];
}

const BAND = 'rgba(73, 80, 87, 0.45)';

/** Scores on a 1–5 radar, one axis per area; the numbers are also in the table next to it. */
export function RadarChart({ label, axes, series, band }: { label: string; axes: string[]; series: RadarSeries[]; band?: RadarBand }) {
  const ends = radarAxes(axes.length, CX, CY, R);
  return (
    <Stack gap={4}>
      <svg role="img" aria-label={label} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" style={{ maxWidth: WIDTH, height: 'auto' }}>
        <title>{label}</title>
        {LEVELS.map((level) => (
          <polygon key={level} points={polygonPoints(radarPoints(axes.map(() => level), CX, CY, R))} fill="none" stroke="#ced4da" strokeWidth={1} />
        ))}
        {ends.map((end, i) => (
          <line key={i} x1={CX} y1={CY} x2={end.x} y2={end.y} stroke="#adb5bd" strokeWidth={1} />
        ))}
        {LEVELS.map((level) => (
          <text key={level} x={CX + 3} y={CY - (R * level) / 5 - 2} fontSize={9} fill="#495057">{level}</text>
        ))}
        {band && radarPoints(band.min, CX, CY, R).map((lo, i) => {
          if (band.min[i] === null || band.max[i] === null) return null;
          const hi = radarPoints(band.max, CX, CY, R)[i]!;
          return <line key={`band-${i}`} x1={lo.x} y1={lo.y} x2={hi.x} y2={hi.y} stroke={BAND} strokeWidth={8} strokeLinecap="round" data-band />;
        })}
        {series.slice(0, LOOKS.length).map((s, index) => {
          const look = LOOKS[index]!;
          const points = radarPoints(s.values, CX, CY, R);
          return (
            <g key={index}>
              <polygon points={polygonPoints(points)} fill={look.fill} stroke={look.stroke} strokeWidth={2} strokeDasharray={look.dash} />
              {points.map((p, i) => (s.values[i] === null ? null : <Marker key={i} x={p.x} y={p.y} index={index} color={look.stroke} />))}
            </g>
          );
        })}
        {ends.map((end, i) => {
          const lines = wrapLabel(axes[i] ?? '', 16, 3);
          const top = end.labelY < CY - 1 && end.anchor === 'middle';
          const bottom = end.labelY > CY + 1 && end.anchor === 'middle';
          const first = top ? end.labelY - (lines.length - 1) * LINE : bottom ? end.labelY + 9 : end.labelY - ((lines.length - 1) * LINE) / 2 + 4;
          return (
            <text key={i} x={end.labelX} y={first} textAnchor={end.anchor} fontSize={11} fill="#212529">
              {lines.map((line, j) => (
                <tspan key={j} x={end.labelX} dy={j === 0 ? 0 : LINE}>{line}</tspan>
              ))}
            </text>
          );
        })}
      </svg>
      <Group gap="md" aria-hidden>
        {series.slice(0, LOOKS.length).map((s, index) => (
          <Group key={index} gap={6} wrap="nowrap">
            <svg width={28} height={10} aria-hidden>
              <line x1={0} y1={5} x2={28} y2={5} stroke={LOOKS[index]!.stroke} strokeWidth={2} strokeDasharray={LOOKS[index]!.dash} />
              <Marker x={14} y={5} index={index} color={LOOKS[index]!.stroke} />
            </svg>
            <Text size="sm">{s.name}</Text>
          </Group>
        ))}
        {band && (
          <Group gap={6} wrap="nowrap">
            <svg width={28} height={10} aria-hidden><line x1={4} y1={5} x2={24} y2={5} stroke={BAND} strokeWidth={8} strokeLinecap="round" /></svg>
            <Text size="sm">{band.name}</Text>
          </Group>
        )}
      </Group>
    </Stack>
  );
}
