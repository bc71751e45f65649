import { Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StrategyRecord } from '@api/strategy';
import { ACTIVITY_STATUSES, StrategyInput } from '@api/strategy';
import { api } from '../api';
import { SaveStatus } from '../ui/SaveStatus';
import { navigate } from '../router';
import { NextCycleDialog } from '../processes/NextCycleDialog';
import { activityCounts, perspectiveStatus, ScorecardStatus } from './ScorecardStatus';
import { StrategyReports } from './StrategyReports';
import type { TabProps } from './types';
import { useStrategyForm } from './useStrategyForm';

const O = 'strategy.overview';
type Form = { vision: string; reviewRoutine: string };

/** The strategy in one place: the vision and how it is reviewed, where it stands, its reports, the next cycle. */
export function OverviewTab({ data, apply }: TabProps) {
  const { t } = useTranslation();
  const [nextCycle, setNextCycle] = useState(false);
  return (
    <Stack gap="lg">
      <VisionEditor strategy={data.strategy} apply={apply} />
      <StrategyStatus strategy={data.strategy} />
      <StrategyReports data={data} />
      <Paper withBorder p="md" component="section" aria-labelledby="next-cycle">
        <Title order={3} size="h4" id="next-cycle" mb={4}>{t(`${O}.nextCycleTitle`)}</Title>
        <Text size="sm" mb="sm" maw={760}>{t(`${O}.nextCycleHint`)}</Text>
        <Button variant="default" onClick={() => setNextCycle(true)}>{t(`${O}.nextCycle`)}</Button>
      </Paper>
      <NextCycleDialog process={data.process} opened={nextCycle} onClose={() => setNextCycle(false)} onStarted={(p) => navigate({ screen: 'process', id: p.id })} />
    </Stack>
  );
}

const visionOf = (s: StrategyRecord): Form => ({ vision: s.vision, reviewRoutine: s.reviewRoutine });

export function VisionEditor({ strategy, apply }: { strategy: StrategyRecord; apply: TabProps['apply'] }) {
  const { t } = useTranslation();
  const autosave = useStrategyForm({
    draftKey: `socialsme.strategy.${strategy.processId}`,
    initial: visionOf(strategy),
    fromServer: visionOf,
    version: (s) => s.updatedAt || undefined,
    versionNow: strategy.updatedAt || undefined,
    schema: StrategyInput,
    send: (v) => apply(api['strategy.update']({ processId: strategy.processId, data: v })),
  });
  const { form, edit, errors } = autosave;
  // A save that failed keeps the text on screen; leaving the field sends it again.
  const blur = () => (autosave.state === 'failed' ? autosave.update(form) : void autosave.flush());

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="vision-title">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4" id="vision-title">{t(`${O}.visionTitle`)}</Title>
        <SaveStatus state={autosave.state} />
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Textarea label={t(`${O}.vision`)} description={t(`${O}.visionHint`)} autosize minRows={4} value={form.vision} error={errors.vision} onChange={(e) => edit({ vision: e.currentTarget.value })} onBlur={blur} />
        <Textarea label={t(`${O}.reviewRoutine`)} description={t(`${O}.reviewRoutineHint`)} autosize minRows={4} value={form.reviewRoutine} error={errors.reviewRoutine} onChange={(e) => edit({ reviewRoutine: e.currentTarget.value })} onBlur={blur} />
      </SimpleGrid>
    </Paper>
  );
}

function StrategyStatus({ strategy }: { strategy: StrategyRecord }) {
  const { t } = useTranslation();
  const counts = Object.fromEntries(ACTIVITY_STATUSES.map((s) => [s, strategy.activities.filter((a) => a.status === s).length])) as Record<(typeof ACTIVITY_STATUSES)[number], number>;
  const overdue = strategy.activities.filter((a) => a.overdue).length;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="status-title">
      <Title order={3} size="h4" id="status-title" mb="sm">{t(`${O}.statusTitle`)}</Title>
      <Stack gap="sm">
        <ScorecardStatus scorecard={perspectiveStatus(strategy)} caption={t(`${O}.scorecardCaption`)} />
        <Text size="sm">
          <Text span fw={600}>{t(`${O}.activitiesLabel`)} </Text>
          {strategy.activities.length === 0 ? t(`${O}.noActivities`) : activityCounts(counts, t)}
          {overdue > 0 && <Text span c="red.9" fw={600}> · {t(`${O}.overdue`, { count: overdue })}</Text>}
        </Text>
      </Stack>
    </Paper>
  );
}
