import { Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { worstLight } from '@api/scoring';
import type { Light, PerspectiveStatus, StrategyRecord } from '@api/strategy';
import { ACTIVITY_STATUSES, LIGHTS, PERSPECTIVES } from '@api/strategy';
import { TrafficLight } from './TrafficLight';

/** The scorecard at a glance from a strategy, as the SME's dashboard gets it from the app. */
export function perspectiveStatus(strategy: StrategyRecord): PerspectiveStatus[] {
  return PERSPECTIVES.map((perspective) => {
    const ids = new Set(strategy.objectives.filter((o) => o.perspective === perspective).map((o) => o.id));
    const lights = strategy.indicators.filter((i) => ids.has(i.objectiveId)).map((i) => i.status);
    const indicators: Record<Light, number> = { green: 0, amber: 0, red: 0, none: 0 };
    for (const l of lights) indicators[l]++;
    return { perspective, objectives: ids.size, indicators, status: worstLight(lights) };
  });
}

/** One row per perspective: its worst light in words, its objectives, and its indicators by light. */
export function ScorecardStatus({ scorecard, caption }: { scorecard: PerspectiveStatus[]; caption: string }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table withTableBorder verticalSpacing={4} captionSide="top" data-scorecard>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('strategy.overview.perspective')}</Table.Th>
            <Table.Th>{t('strategy.overview.light')}</Table.Th>
            <Table.Th>{t('strategy.overview.objectives')}</Table.Th>
            <Table.Th>{t('strategy.overview.indicators')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {scorecard.map((p) => {
            const counted = LIGHTS.filter((l) => p.indicators[l] > 0);
            return (
              <Table.Tr key={p.perspective} data-perspective={p.perspective}>
                <Table.Th scope="row" fw={600}>{t(`strategy.perspective.${p.perspective}`)}</Table.Th>
                <Table.Td><TrafficLight light={p.status} /></Table.Td>
                <Table.Td>{p.objectives}</Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {counted.length === 0
                      ? t('strategy.overview.noIndicators')
                      : counted.map((l) => t('strategy.overview.count', { label: t(`strategy.light.${l}`), count: p.indicators[l] })).join(' · ')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** "Planned: 2 · Under way: 3 · Done: 1 · Dropped: 0" */
export function activityCounts(counts: Record<(typeof ACTIVITY_STATUSES)[number], number>, t: TFunction): string {
  return ACTIVITY_STATUSES.map((s) => t('strategy.overview.count', { label: t(`strategy.activityStatus.${s}`), count: counts[s] })).join(' · ');
}
