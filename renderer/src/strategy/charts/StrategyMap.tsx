import { Loader } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { MapPerspective, StrategyMapGeometry } from '@api/strategy-map';
import { layOutStrategyMap, wrapWords } from '@api/strategy-map';

export interface MapObjective {
  id: string;
  perspective: MapPerspective;
  title: string;
  leadsTo: string[];
}

const BAND_FILLS = ['#e7f5ff', '#f3f0ff', '#fff9db', '#ebfbee'] as const;
const INK = '#212529';
/** Dark orange: a link drawn the wrong way round is shown, dashed, so the facilitator sees it. */
export const DOWNWARD = '#c2410c';

/**
 * The strategy map: a row per scorecard perspective (business results on top, learning and
 * growth at the bottom) and arrows from each objective to those it leads to, laid out by the
 * same geometry the PDF draws. The layout takes a moment, so the last one stays on screen
 * while the next is computed.
 */
export function StrategyMap({ label, objectives, perspectiveLabel }: {
  label: string;
  objectives: MapObjective[];
  perspectiveLabel: (p: MapPerspective) => string;
}) {
  const [map, setMap] = useState<StrategyMapGeometry | null>(null);
  const key = JSON.stringify(objectives.map((o) => [o.id, o.perspective, o.title, o.leadsTo]));
  useEffect(() => {
    let current = true;
    void layOutStrategyMap(JSON.parse(key).map(([id, perspective, title, leadsTo]: [string, MapPerspective, string, string[]]) => ({ id, perspective, title, leadsTo }))).then((m) => {
      if (current) setMap(m);
    });
    return () => {
      current = false;
    };
  }, [key]);
  if (!map) return <Loader size="sm" />;
  return <MapDrawing label={label} map={map} titles={new Map(objectives.map((o) => [o.id, o.title]))} perspectiveLabel={perspectiveLabel} />;
}

function MapDrawing({ label, map, titles, perspectiveLabel }: { label: string; map: StrategyMapGeometry; titles: Map<string, string>; perspectiveLabel: (p: MapPerspective) => string }) {
  const { fontSize, lineHeight, pad } = map.text;
  const width = map.width;
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${width} ${map.height}`} width="100%" style={{ maxWidth: Math.max(width * 1.4, 480), height: 'auto' }} data-strategy-map>
      <title>{label}</title>
      {map.bands.map((band, i) => {
        const name = wrapWords(perspectiveLabel(band.perspective), 15);
        const first = band.y + band.height / 2 - ((name.length - 1) * 10) / 2 + 3;
        return (
          <g key={band.perspective}>
            <rect x={0} y={band.y} width={width} height={band.height} fill={BAND_FILLS[i % BAND_FILLS.length]} stroke="#fff" strokeWidth={2} />
            <text x={6} y={first} fontSize={8.5} fontWeight={700} fill={INK}>
              {name.map((line, j) => <tspan key={j} x={6} dy={j === 0 ? 0 : 10}>{line}</tspan>)}
            </text>
          </g>
        );
      })}
      <g>
        {map.links.map((link) => {
          const colour = link.downward ? DOWNWARD : '#343a40';
          return (
            <g key={`${link.from}-${link.to}`} data-downward={link.downward || undefined}>
              <title>{`${titles.get(link.from) ?? ''} → ${titles.get(link.to) ?? ''}`}</title>
              <path d={link.path} fill="none" stroke={colour} strokeWidth={1.2} strokeLinejoin="round" {...(link.downward ? { strokeDasharray: '4 3' } : {})} />
              <polygon points={link.arrow} fill={colour} />
            </g>
          );
        })}
        {map.boxes.map((box) => (
          <g key={box.id}>
            <title>{titles.get(box.id) ?? ''}</title>
            <rect x={box.x} y={box.y} width={box.w} height={box.h} rx={5} fill="#fff" stroke="#343a40" strokeWidth={1} />
            <text x={box.x + box.w / 2} y={box.y + pad + fontSize} textAnchor="middle" fontSize={fontSize} fill={INK}>
              {box.lines.map((line, j) => <tspan key={j} x={box.x + box.w / 2} dy={j === 0 ? 0 : lineHeight}>{line}</tspan>)}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}
