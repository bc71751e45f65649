import type { MapPerspective } from '@api/charts';
import { strategyMapLayout } from '@api/charts';
import { wrapLabel } from './wrap';

export interface MapObjective {
  id: string;
  perspective: MapPerspective;
  title: string;
  leadsTo: string[];
}

const WIDTH = 760;
const BAND = 100;
const GUTTER = 140;
const LINE = 12;
const BAND_FILLS = ['#e7f5ff', '#f3f0ff', '#fff9db', '#ebfbee'] as const;

/**
 * The strategy map on one page: a band per scorecard perspective (business results on top,
 * learning and growth at the bottom) and arrows from each objective to those it leads to.
 */
export function StrategyMap({ label, objectives, perspectiveLabel }: {
  label: string;
  objectives: MapObjective[];
  perspectiveLabel: (p: MapPerspective) => string;
}) {
  const layout = strategyMapLayout(objectives, WIDTH, BAND, { gutter: GUTTER, gap: 10, maxBoxWidth: 170 });
  const titles = new Map(objectives.map((o) => [o.id, o.title]));
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${WIDTH} ${layout.height}`} width="100%" style={{ maxWidth: WIDTH, height: 'auto' }}>
      <title>{label}</title>
      <defs>
        {layout.boxes.map((b) => (
          <clipPath key={b.id} id={`map-clip-${b.id}`}>
            <rect x={b.x} y={b.y} width={b.w} height={b.h} />
          </clipPath>
        ))}
      </defs>
      {layout.bands.map((band, i) => {
        const name = wrapLabel(perspectiveLabel(band.perspective), 20, 4);
        const first = band.y + band.height / 2 - ((name.length - 1) * LINE) / 2 + 4;
        return (
          <g key={band.perspective}>
            <rect x={0} y={band.y} width={WIDTH} height={band.height} fill={BAND_FILLS[i % BAND_FILLS.length]} stroke="#fff" strokeWidth={2} />
            <text x={8} y={first} fontSize={11} fontWeight={700} fill="#212529">
              {name.map((line, j) => (
                <tspan key={j} x={8} dy={j === 0 ? 0 : LINE}>{line}</tspan>
              ))}
            </text>
          </g>
        );
      })}
      {layout.links.map((link) => (
        <g key={`${link.from}-${link.to}`}>
          <title>{`${titles.get(link.from) ?? ''} → ${titles.get(link.to) ?? ''}`}</title>
          <path d={link.path} fill="none" stroke="#343a40" strokeWidth={1.5} />
          <polygon points={link.arrow} fill="#343a40" />
        </g>
      ))}
      {layout.boxes.map((box) => {
        const title = titles.get(box.id) ?? '';
        const perLine = Math.max(8, Math.floor((box.w - 10) / 5.6));
        const lines = wrapLabel(title, perLine, Math.max(1, Math.floor((box.h - 6) / LINE)));
        const first = box.y + box.h / 2 - ((lines.length - 1) * LINE) / 2 + 4;
        return (
          <g key={box.id}>
            <title>{title}</title>
            <rect x={box.x} y={box.y} width={box.w} height={box.h} rx={6} fill="#fff" stroke="#343a40" strokeWidth={1.2} />
            <text x={box.x + box.w / 2} y={first} textAnchor="middle" fontSize={10.5} fill="#212529" clipPath={`url(#map-clip-${box.id})`}>
              {lines.map((line, j) => (
                <tspan key={j} x={box.x + box.w / 2} dy={j === 0 ? 0 : LINE}>{line}</tspan>
              ))}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
