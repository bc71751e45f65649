import { Group, Stack, Text } from '@mantine/core';
import { relationshipColour, stakeholderCells } from '@api/stakeholder-grid';
import { wrapLabel } from './wrap';

export interface GridStakeholder {
  id: string;
  name: string;
  influence: number;
  impact: number;
  relationship: number;
}


const SIZE = 440;
const PAD = 24;
const LEFT = 34;
const BOTTOM = 44;
const CELL = (SIZE - 2 * PAD) / 5;

/**
 * The stakeholder grid of workshop 2: across, how much the SME affects them; up, how much they
 * can affect the SME. Top right are the stakeholders to manage most closely. Each cell lists its
 * stakeholders by name, the dot's colour and number giving the relationship.
 */
export function StakeholderGrid({ label, items, axisX, axisY, legendTitle, levelLabel }: {
  label: string;
  items: GridStakeholder[];
  axisX: string;
  axisY: string;
  legendTitle: string;
  levelLabel: (level: number) => string;
}) {
  const grid = stakeholderCells(items, SIZE - 2 * PAD, { x: PAD, y: PAD, fontSize: 9 });
  const byId = new Map(items.map((i) => [i.id, i]));
  const colorOf = relationshipColour;
  return (
    <Stack gap={4}>
      <svg role="img" aria-label={label} viewBox={`0 0 ${SIZE + LEFT} ${SIZE + BOTTOM}`} width="100%" style={{ maxWidth: SIZE + LEFT, height: 'auto' }} data-stakeholder-grid>
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
          {grid.cells.map((cell) => (
            <g key={`${cell.impact}:${cell.influence}`} data-cell={`${cell.impact}:${cell.influence}`}>
              {cell.entries.map((entry) => {
                const item = byId.get(entry.id)!;
                return (
                  <g key={entry.id}>
                    <title>{`${item.name}: ${levelLabel(item.relationship)}`}</title>
                    <circle cx={entry.dotX} cy={entry.dotY} r={grid.dotRadius} fill={colorOf(item.relationship)} />
                    <text x={entry.dotX} y={entry.dotY + 2.6} textAnchor="middle" fontSize={7.5} fontWeight={700} fill="#fff">{item.relationship}</text>
                    <text x={entry.textX} y={entry.textY} fontSize={grid.fontSize} fill="#212529">
                      {entry.lines.map((line, j) => <tspan key={j} x={entry.textX} dy={j === 0 ? 0 : grid.lineHeight}>{line}</tspan>)}
                    </text>
                  </g>
                );
              })}
              {cell.more > 0 && <text x={cell.moreX} y={cell.moreY} fontSize={grid.fontSize} fontWeight={700} fill="#495057">{`+${cell.more}`}</text>}
            </g>
          ))}
        </g>
        <text transform={`translate(12 ${SIZE / 2}) rotate(-90)`} textAnchor="middle" fontSize={11} fill="#212529">{wrapLabel(axisY, 60, 1)[0]}</text>
      </svg>
      <Group gap="sm">
        <Text size="sm" fw={600}>{legendTitle}:</Text>
        {[1, 2, 3, 4, 5].map((level) => (
          <Group key={level} gap={4} wrap="nowrap">
            <svg width={14} height={14} aria-hidden><circle cx={7} cy={7} r={7} fill={colorOf(level)} /><text x={7} y={10} textAnchor="middle" fontSize={9} fontWeight={700} fill="#fff">{level}</text></svg>
            <Text size="sm">{levelLabel(level)}</Text>
          </Group>
        ))}
      </Group>
    </Stack>
  );
}
