import { Alert, Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { progress } from '@api/scoring';
import type { Indicator, Objective } from '@api/strategy';
import { PERSPECTIVES } from '@api/strategy';
import { href } from '../router';
import { TrendChart } from './charts/TrendChart';
import { deleteWithUndo } from './deleteWithUndo';
import { IndicatorEditor, indicatorDraftKey, NewIndicator } from './IndicatorEditor';
import { Measurements } from './Measurements';
import { formatShortDay, formatValue, targetText } from './planLabels';
import { TrafficLight } from './TrafficLight';
import type { TabProps } from './types';
import type { ApplyChange } from './useStrategy';
import { drafts } from '../saving/drafts';
import { RecordChips } from '../standards/TagChips';

const I = 'strategy.indicators';

/** Indicators per objective, in the scorecard's order: how far each has come, and its measurements. */
export function IndicatorsTab({ data, apply }: TabProps) {
  const { t } = useTranslation();
  const { objectives, indicators, processId } = data.strategy;
  // An indicator with changes kept on this computer (not saved yet) opens by itself.
  const [editing, setEditing] = useState<string | null>(() => indicators.find((i) => drafts.has(indicatorDraftKey(i.id)))?.id ?? null);
  const [adding, setAdding] = useState<string | null>(null);
  const ordered = PERSPECTIVES.flatMap((p) => objectives.filter((o) => o.perspective === p));

  const remove = async (indicator: Indicator) => {
    const ok = await deleteWithUndo(apply, 'indicators', indicator.id, t('undo.indicator', { name: indicator.name }));
    if (ok && editing === indicator.id) setEditing(null);
  };

  if (objectives.length === 0) {
    return (
      <Stack gap="sm">
        <Text maw={760}>{t(`${I}.intro`)}</Text>
        <Alert color="blue" variant="light">
          <Text size="sm">{t(`${I}.noObjectives`)}</Text>
          <Anchor size="sm" href={href({ screen: 'strategy', id: processId, tab: 'objectives' })}>{t(`${I}.toObjectives`)}</Anchor>
        </Alert>
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <Text maw={760}>{t(`${I}.intro`)}</Text>
      {ordered.map((objective) => (
        <ObjectiveSection key={objective.id} objective={objective}>
          {indicators.filter((i) => i.objectiveId === objective.id).map((indicator) => (
            <IndicatorCard
              key={indicator.id}
              indicator={indicator}
              objectives={objectives}
              processId={processId}
              apply={apply}
              editing={editing === indicator.id}
              onEdit={() => setEditing(indicator.id)}
              onClose={() => setEditing(null)}
              onDelete={() => void remove(indicator)}
            />
          ))}
          {!indicators.some((i) => i.objectiveId === objective.id) && <Text size="sm">{t(`${I}.noIndicators`)}</Text>}
          {adding === objective.id ? (
            <Paper withBorder p="sm">
              <Title order={4} mb="sm">{t(`${I}.newTitle`)}</Title>
              <NewIndicator
                processId={processId}
                objectives={objectives}
                initialObjective={objective.id}
                apply={apply}
                onAdded={() => setAdding(null)}
                onCancel={() => setAdding(null)}
              />
            </Paper>
          ) : (
            <Group>
              <Button variant="default" aria-label={t(`${I}.addTo`, { title: objective.title })} onClick={() => setAdding(objective.id)}>{t(`${I}.add`)}</Button>
            </Group>
          )}
        </ObjectiveSection>
      ))}
    </Stack>
  );
}

function ObjectiveSection({ objective, children }: { objective: Objective; children: ReactNode }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Stack component="section" gap="sm" aria-labelledby={headingId} data-objective={objective.id}>
      <Stack gap={0}>
        <Text size="sm">{t(`strategy.perspective.${objective.perspective}`)}</Text>
        <Title order={3} size="h4" id={headingId} style={{ overflowWrap: 'anywhere' }}>{objective.title}</Title>
      </Stack>
      {children}
    </Stack>
  );
}

function IndicatorCard({ indicator, objectives, processId, apply, editing, onEdit, onClose, onDelete }: {
  indicator: Indicator;
  objectives: Objective[];
  processId: string;
  apply: ApplyChange;
  editing: boolean;
  onEdit: () => void;
  onClose: () => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="sm" data-indicator={indicator.id}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={2} style={{ minWidth: 0, flex: '1 1 240px' }}>
            <Title order={4} id={headingId} style={{ overflowWrap: 'anywhere' }}>{indicator.name}</Title>
            <Text size="sm">{[t(`strategy.direction.${indicator.direction}`), indicator.unit && t(`${I}.unitShown`, { unit: indicator.unit })].filter(Boolean).join(' · ')}</Text>
            <RecordChips recordId={indicator.id} label={t('standards.tagsOf', { title: indicator.name })} />
          </Stack>
          <Group gap="sm" wrap="wrap">
            <TrafficLight light={indicator.status} />
            {!editing && (
              <Group gap="xs" wrap="nowrap">
                <Button size="xs" variant="default" aria-label={t(`${I}.editNamed`, { name: indicator.name })} onClick={onEdit}>{t(`${I}.edit`)}</Button>
                <Button size="xs" variant="default" aria-label={t(`${I}.deleteNamed`, { name: indicator.name })} onClick={onDelete}>{t(`${I}.delete`)}</Button>
              </Group>
            )}
          </Group>
        </Group>
        <Standing indicator={indicator} />
        {editing && <IndicatorEditor indicator={indicator} processId={processId} objectives={objectives} apply={apply} onClose={onClose} />}
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          <TrendChart indicator={indicator} />
          <Measurements indicator={indicator} apply={apply} />
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

/** Baseline, latest value and target side by side, and how much of the way has been covered. */
function Standing({ indicator }: { indicator: Indicator }) {
  const { t, i18n } = useTranslation();
  const value = (v: number) => formatValue(v, indicator.unit, i18n.language);
  const day = (d: string) => formatShortDay(d, i18n.language);
  const latest = indicator.measurements.at(-1);
  const share = latest ? progress(indicator, latest.value) : null;
  const fact = (label: string, main: string, sub: string | null, attr: string) => (
    <Stack gap={0} {...{ [attr]: true }}>
      <Text size="xs" fw={600} tt="uppercase">{label}</Text>
      <Text fw={600}>{main}</Text>
      {sub && <Text size="sm">{sub}</Text>}
    </Stack>
  );
  return (
    <Stack gap={4}>
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
        {fact(t(`${I}.baseline`), value(indicator.baseline), indicator.baselineDate && t(`${I}.onDate`, { date: day(indicator.baselineDate) }), 'data-baseline')}
        {fact(t(`${I}.latest`), latest ? value(latest.value) : t(`${I}.notMeasured`), latest ? t(`${I}.onDate`, { date: day(latest.measuredOn) }) : null, 'data-latest')}
        {fact(t(`${I}.target`), targetText(indicator, value, t), indicator.targetDate && t(`${I}.byDate`, { date: day(indicator.targetDate) }), 'data-target')}
      </SimpleGrid>
      {share !== null && (
        <Text size="sm" data-progress>
          {indicator.direction === 'keep'
            ? t(share >= 1 ? `${I}.atLevel` : `${I}.outsideLevel`)
            : share < 0
            ? t(`${I}.wrongWay`)
            : t(`${I}.progress`, { percent: new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 }).format(share) })}
        </Text>
      )}
    </Stack>
  );
}
