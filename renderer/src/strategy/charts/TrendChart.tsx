import { Stack, Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { linePath, trendGeometry } from '@api/charts';
import type { TrendInput } from '@api/charts';
import { formatShortDay, formatValue } from '../planLabels';

const WIDTH = 480;
const HEIGHT = 200;
/** Room around the plot for the value labels (left) and the dates (below). */
const MARGIN = { left: 48, right: 12, top: 18, bottom: 26 };
const INK = 'var(--mantine-color-dark-7)';
const TARGET = 'var(--mantine-color-teal-9)';
const BASELINE = 'var(--mantine-color-gray-7)';
/** A white outline keeps a label readable where the trend line or a point crosses it. */
const HALO = { stroke: 'white', strokeWidth: 3, paintOrder: 'stroke', strokeLinejoin: 'round' } as const;

/**
 * An indicator's measurements over time against its baseline and target, the same geometry as in
 * the PDFs. The picture is summed up in its accessible name and every number is in a table beside it
 * (visually hidden unless `showTable`), so nothing depends on seeing the line.
 */
export function TrendChart({ indicator, showTable = false }: { indicator: TrendInput & { name: string; unit: string }; showTable?: boolean }) {
  const { t, i18n } = useTranslation();
  const C = 'strategy.indicators.chart';
  const value = (v: number) => formatValue(v, indicator.unit, i18n.language);
  const day = (d: string) => formatShortDay(d, i18n.language);
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  // The value labels left of the plot set its left edge, so "120.5 loaves" is never cut to "0.5 loaves".
  const range = trendGeometry(indicator, 100, plotH);
  const left = Math.max(MARGIN.left, Math.ceil(Math.max(value(range.yMax).length, value(range.yMin).length) * 6.4) + 10);
  const plotW = WIDTH - left - MARGIN.right;
  const g = trendGeometry(indicator, plotW, plotH);
  const latest = g.points.at(-1);
  const summary = latest
    ? t(`${C}.summary`, { name: indicator.name, count: g.points.length, latest: value(latest.value), date: day(latest.date), target: value(indicator.target) })
    : t(`${C}.summaryNone`, { name: indicator.name, target: value(indicator.target) });
  // A line's label sits above it, or below it when the line runs along the top of the plot.
  const labelY = (lineY: number) => (lineY < 14 ? lineY + 13 : lineY - 4);
  const first = g.dates[0];
  const last = g.dates.at(-1);

  const table = (
    <Table withTableBorder verticalSpacing={4} fz="sm">
      <Table.Caption>{t(`${C}.tableCaption`, { name: indicator.name })}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t(`${C}.point`)}</Table.Th>
          <Table.Th>{t(`${C}.date`)}</Table.Th>
          <Table.Th>{t(`${C}.value`)}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        <Table.Tr>
          <Table.Td>{t(`${C}.baseline`)}</Table.Td>
          <Table.Td>{indicator.baselineDate ? day(indicator.baselineDate) : '—'}</Table.Td>
          <Table.Td>{value(indicator.baseline)}</Table.Td>
        </Table.Tr>
        {g.points.map((p, i) => (
          <Table.Tr key={`${p.date}-${i}`}>
            <Table.Td>{t(`${C}.measurement`)}</Table.Td>
            <Table.Td>{day(p.date)}</Table.Td>
            <Table.Td>{value(p.value)}</Table.Td>
          </Table.Tr>
        ))}
        <Table.Tr>
          <Table.Td>{t(`${C}.target`)}</Table.Td>
          <Table.Td>{indicator.targetDate ? day(indicator.targetDate) : '—'}</Table.Td>
          <Table.Td>{value(indicator.target)}</Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );

  return (
    <Stack gap="xs">
      <svg role="img" aria-label={summary} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" style={{ maxWidth: WIDTH, height: 'auto' }} data-trend-points={g.points.length}>
        <title>{summary}</title>
        <g fontSize={11} fill={INK} fontFamily="inherit">
          <text x={left - 6} y={MARGIN.top + 4} textAnchor="end">{value(g.yMax)}</text>
          <text x={left - 6} y={MARGIN.top + plotH} textAnchor="end">{value(g.yMin)}</text>
          {first && <text x={left} y={HEIGHT - 6} textAnchor="start">{day(first)}</text>}
          {last && last !== first && <text x={WIDTH - MARGIN.right} y={HEIGHT - 6} textAnchor="end">{day(last)}</text>}
        </g>
        <g transform={`translate(${left} ${MARGIN.top})`}>
          <rect x={0} y={0} width={plotW} height={plotH} fill="none" stroke="var(--mantine-color-gray-4)" />
          <line x1={0} x2={plotW} y1={g.baselineY} y2={g.baselineY} stroke={BASELINE} strokeDasharray="2 3" />
          <line x1={0} x2={plotW} y1={g.targetY} y2={g.targetY} stroke={TARGET} strokeWidth={1.5} strokeDasharray="6 3" />
          {g.targetHighY !== null && <line x1={0} x2={plotW} y1={g.targetHighY} y2={g.targetHighY} stroke={TARGET} strokeWidth={1.5} strokeDasharray="6 3" />}
          {g.points.length > 1 && <path d={linePath(g.points)} fill="none" stroke={INK} strokeWidth={2} />}
          {g.points.map((p, i) => <circle key={i} cx={p.x} cy={p.y} r={3.5} fill={INK} />)}
          {/* Labels last, over the line. Early measurements sit near the baseline and late ones near the
              target, so the target is named on the left and the baseline on the right, away from them. */}
          <text x={4} y={labelY(g.targetY)} fontSize={11} fontWeight={600} fill={TARGET} {...HALO}>{t(`${C}.targetLine`, { value: value(indicator.target) })}</text>
          {g.targetHighY !== null && indicator.targetHigh != null && <text x={4} y={labelY(g.targetHighY)} fontSize={11} fontWeight={600} fill={TARGET} {...HALO}>{t(`${C}.targetLine`, { value: value(indicator.targetHigh) })}</text>}
          <text x={plotW - 4} y={labelY(g.baselineY)} fontSize={11} fill={BASELINE} textAnchor="end" {...HALO}>{t(`${C}.baselineLine`, { value: value(indicator.baseline) })}</text>
          {g.points.length === 0 && <text x={plotW / 2} y={plotH / 2 + 16} fontSize={12} fill={INK} textAnchor="middle">{t(`${C}.noMeasurements`)}</text>}
        </g>
      </svg>
      {showTable ? table : <VisuallyHidden>{table}</VisuallyHidden>}
    </Stack>
  );
}
