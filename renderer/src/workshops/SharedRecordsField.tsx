import { Alert, Anchor, Loader, Paper, Stack, Text } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { SharedRecord } from '@api/shared-records';
import { rowsNotInRecords } from '@api/shared-records';
import type { AnswerValue } from '@api/workshops';
import { href } from '../router';
import { ActivitiesTab } from '../strategy/ActivitiesTab';
import { VisionEditor } from '../strategy/OverviewTab';
import { useStrategy } from '../strategy/useStrategy';
import { LoadState } from '../ui/LoadState';

// Read when a worksheet that shows them opens, as on the strategy screen.
const StakeholdersTab = lazy(() => import('../strategy/StakeholdersTab').then((m) => ({ default: m.StakeholdersTab })));
const ObjectivesTab = lazy(() => import('../strategy/ObjectivesTab').then((m) => ({ default: m.ObjectivesTab })));
const IndicatorsTab = lazy(() => import('../strategy/IndicatorsTab').then((m) => ({ default: m.IndicatorsTab })));

/** The strategy tab that shows the same record (the vision is on the overview, the learning plan with the action plan). */
const TAB: Record<SharedRecord, 'stakeholders' | 'objectives' | 'activities' | 'indicators' | 'overview'> = {
  stakeholders: 'stakeholders', objectives: 'objectives', activities: 'activities', learning: 'activities', indicators: 'indicators', vision: 'overview',
};

/**
 * A worksheet field whose content is a strategy record: the strategy's own editor in the field's
 * place, so what the team says at the workshop is typed once and is the strategy.
 */
export function SharedRecordsField({ processId, record, label, typed }: {
  processId: string;
  record: SharedRecord;
  label: string;
  /** What was typed into this field before it showed the records: rows that did not become one are listed. */
  typed?: AnswerValue;
}) {
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
          {(data) => {
            const left = rowsNotInRecords(record, typed, data.strategy);
            return (
              <Suspense fallback={loading}>
                {left.length > 0 && (
                  <Alert color="yellow" variant="light" mb="sm" title={t('workshop.sharedLeftTitle')}>
                    {t('workshop.sharedLeft', { names: left.join('; ') })}
                  </Alert>
                )}
                {record === 'stakeholders' && <StakeholdersTab data={data} apply={apply} />}
                {record === 'objectives' && <ObjectivesTab data={data} apply={apply} />}
                {record === 'activities' && <ActivitiesTab data={data} apply={apply} />}
                {record === 'learning' && <ActivitiesTab data={data} apply={apply} startWith="learning" />}
                {record === 'indicators' && <IndicatorsTab data={data} apply={apply} />}
                {record === 'vision' && <VisionEditor strategy={data.strategy} apply={apply} />}
              </Suspense>
            );
          }}
        </LoadState>
      </Stack>
    </Paper>
  );
}
