import { Anchor, Loader, Paper, Stack, Text } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { SharedRecord } from '@api/shared-records';
import { href } from '../router';
import { ActivitiesTab } from '../strategy/ActivitiesTab';
import { VisionEditor } from '../strategy/OverviewTab';
import { useStrategy } from '../strategy/useStrategy';
import { LoadState } from '../ui/LoadState';

// Read when a worksheet that shows them opens, as on the strategy screen.
const StakeholdersTab = lazy(() => import('../strategy/StakeholdersTab').then((m) => ({ default: m.StakeholdersTab })));
const ObjectivesTab = lazy(() => import('../strategy/ObjectivesTab').then((m) => ({ default: m.ObjectivesTab })));

/** The strategy tab that shows the same record (the vision is on the overview). */
const TAB: Record<SharedRecord, 'stakeholders' | 'objectives' | 'activities' | 'overview'> = { stakeholders: 'stakeholders', objectives: 'objectives', activities: 'activities', vision: 'overview' };

/**
 * A worksheet field whose content is a strategy record: the strategy's own editor in the field's
 * place, so what the team says at the workshop is typed once and is the strategy.
 */
export function SharedRecordsField({ processId, record, label }: { processId: string; record: SharedRecord; label: string }) {
  const { t } = useTranslation();
  const { load, apply } = useStrategy(processId);
  const loading = <Loader role="status" aria-label={t('common.loading')} />;
  return (
    <Paper withBorder p="sm" role="group" aria-label={label} data-shared-record={record}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('workshop.sharedRecord', { field: label })}{' '}
          <Anchor href={href({ screen: 'strategy', id: processId, tab: TAB[record] === 'overview' ? null : TAB[record] })}>
            {t('workshop.sharedRecordOpen', { tab: t(`strategy.tabs.${TAB[record]}`) })}
          </Anchor>
        </Text>
        <LoadState load={load}>
          {(data) => (
            <Suspense fallback={loading}>
              {record === 'stakeholders' && <StakeholdersTab data={data} apply={apply} />}
              {record === 'objectives' && <ObjectivesTab data={data} apply={apply} />}
              {record === 'activities' && <ActivitiesTab data={data} apply={apply} />}
              {record === 'vision' && <VisionEditor strategy={data.strategy} apply={apply} />}
            </Suspense>
          )}
        </LoadState>
      </Stack>
    </Paper>
  );
}
