import { Group, Stack, Text } from '@mantine/core';
import { stakeholderGrid } from '@api/charts';
import { wrapLabel } from './wrap';

export interface GridStakeholder {
  id: string;
  name: string;
  influence: number;
  impact: number;
  relationship: number;
}

/** Relationship 1 (poor) to 5 (excellent); the dot also carries the number, so colour is not the only sign. */
export const RELATIONSHIP_COLORS = ['#c92a2a', '#bf400d', '#8a6d00', '#237032', '#087f5b'] as const;

const SIZE = 360;
const PAD = 24;
const LEFT = 34;
const BOTTOM = 44;
const CELL = (SIZE - 2 * PAD) / 5;

/**
 * The stakeholder grid of workshop 2: across, how much the SME affects them; up, how much they
 * can affect the SME. Top right are the stakeholders to manage most closely.
 */
export function StakeholderGrid({ label, items, axisX, axisY, legendTitle, levelLabel }: {
  label: string;
  items: GridStakeholder[];
  axisX: string;
  axisY: string;
  legendTitle: string;
  levelLabel: (level: number) => string;
}) {
  const spots = new Map(stakeholderGrid(items, SIZE, PAD).map((s) => [s.id, s]));
  const colorOf = (level: number) => RELATIONSHIP_COLORS[Math.min(5, Math.max(1, level)) - 1]!;
  return (
    <Stack gap={4}>
      <svg role="img" aria-label={label} viewBox={`0 0 ${SIZE + LEFT} ${SIZE + BOTTOM}`} width="100%" style={{ maxWidth: SIZE + LEFT, height: 'auto' }}>
        <title>{label}</title>
        <g transform={`translate(${LEFT} 0)`}>
          <rect x={PAD + 3 * CELL} y={PAD} width={2 * CELL} height={2 * CELL} fill="#fff4e6" />
          {[0, 1, 2, 3, 4, 5].map((i) => (
            <g key={i}>
              <line x1={PAD + i * CELL} y1={PAD} x2={PAD + i * CELL} y2={SIZE - PAD} stroke="#dee2e6" />
              <line x1={PAD} y1={PAD + i * CELL} x2={SIZE - PAD} y2={PAD + i * CELL} stroke="#dee2e6" />
            </g>
          ))}
          {[1, 2, 3, 4, 5].map((level) => (
            <g key={level} fontSize={10} fill="#495057">
              <text x={PAD + (level - 0.5) * CELL} y={SIZE - PAD + 12} textAnchor="middle">{level}</text>
              <text x={PAD - 6} y={PAD + (5 - level + 0.5) * CELL + 3} textAnchor="end">{level}</text>
            </g>
          ))}
          <text x={SIZE / 2} y={SIZE + 2} textAnchor="middle" fontSize={11} fill="#212529">
            {wrapLabel(axisX, 60, 2).map((line, i) => (
              <tspan key={i} x={SIZE / 2} dy={i === 0 ? 0 : 13}>{line}</tspan>
            ))}
          </text>
          {items.map((item) => {
            const spot = spots.get(item.id);
            if (!spot) return null;
            const name = wrapLabel(item.name, 14, 1)[0] ?? '';
            return (
              <g key={item.id}>
                <title>{`${item.name}: ${levelLabel(item.relationship)}`}</title>
                <circle cx={spot.x} cy={spot.y} r={8} fill={colorOf(item.relationship)} stroke="#fff" strokeWidth={1} />
                <text x={spot.x} y={spot.y + 3.5} textAnchor="middle" fontSize={10} fontWeight={700} fill="#fff">{item.relationship}</text>
                <text x={spot.x} y={spot.y + 19} textAnchor="middle" fontSize={9.5} fill="#212529">{name}</text>
              </g>
            );
          })}
        </g>
        <text transform={`translate(12 ${SIZE / 2}) rotate(-90)`} textAnchor="middle" fontSize={11} fill="#212529">{wrapLabel(axisY, 60, 1)[0]}</text>
      </svg>
      <Group gap="sm">
        <Text size="sm" fw={600}>{legendTitle}:</Text>
        {[1, 2, 3, 4, 5].map((level) => (
          <Group key={level} gap={4} wrap="nowrap">
            <svg width={12} height={12} aria-hidden><circle cx={6} cy={6} r={6} fill={colorOf(level)} /></svg>
            <Text size="sm">{levelLabel(level)}</Text>
          </Group>
        ))}
      </Group>
    </Stack>
  );
}
