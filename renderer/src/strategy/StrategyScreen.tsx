import { Anchor, Loader, Stack, Tabs, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { href, navigate } from '../router';
import { ActivitiesTab } from './ActivitiesTab';
import { OverviewTab } from './OverviewTab';
import { ReviewsTab } from './ReviewsTab';
import type { TabProps } from './types';
import { useStrategy } from './useStrategy';
import { DraftsOf } from '../saving/owner';
import { LoadState } from '../ui/LoadState';
import { StandardsProvider } from '../standards/StandardsContext';

// The tabs that draw a chart (radar, stakeholder grid, strategy map with its layout, trends) are
// read when they are first shown, not with the screen.
const EvaluationTab = lazy(() => import('./EvaluationTab').then((m) => ({ default: m.EvaluationTab })));
const StakeholdersTab = lazy(() => import('./StakeholdersTab').then((m) => ({ default: m.StakeholdersTab })));
const ObjectivesTab = lazy(() => import('./ObjectivesTab').then((m) => ({ default: m.ObjectivesTab })));
const IndicatorsTab = lazy(() => import('./IndicatorsTab').then((m) => ({ default: m.IndicatorsTab })));
const StandardsTab = lazy(() => import('../standards/StandardsTab').then((m) => ({ default: m.StandardsTab })));

export const STRATEGY_TABS = ['overview', 'evaluation', 'stakeholders', 'objectives', 'activities', 'indicators', 'reviews', 'standards'] as const;
export type StrategyTab = (typeof STRATEGY_TABS)[number];

/** The SME's SR strategy for one process, one tab per part, in the order the workshops build it. */
export function StrategyScreen({ id, tab }: { id: string; tab: string | null }) {
  const { t } = useTranslation();
  const { load, apply } = useStrategy(id);
  return (
    <LoadState load={load} title={t('strategy.notFoundTitle')} back={{ href: href({ screen: 'smes' }), label: t('sme.backToList') }}>
      {(data) => (
        <DraftsOf sme={data.process.smeId}>
          <StandardsProvider processId={id} language={data.process.language}>
            <StrategyTabs id={id} tab={tab} data={data} apply={apply} />
          </StandardsProvider>
        </DraftsOf>
      )}
    </LoadState>
  );
}

function StrategyTabs({ id, tab, data, apply }: { id: string; tab: string | null } & TabProps) {
  const { t } = useTranslation();
  const current: StrategyTab = (STRATEGY_TABS as readonly string[]).includes(tab ?? '') ? (tab as StrategyTab) : 'overview';
  const props = { data, apply };
  const loading = <Loader role="status" aria-label={t('common.loading')} />;

  return (
    <Stack gap="md" maw={1200} data-strategy={id}>
      <Stack gap={2}>
        <Anchor href={href({ screen: 'process', id })} size="sm">{t('strategy.backToProcess', { title: data.process.title })}</Anchor>
        <Title order={2}>{t('strategy.title', { sme: data.sme?.name ?? '' })}</Title>
      </Stack>
      <Tabs value={current} onChange={(v) => v && navigate({ screen: 'strategy', id, tab: v === 'overview' ? null : v })} keepMounted={false}>
        <Tabs.List>
          {STRATEGY_TABS.map((k) => (
            <Tabs.Tab key={k} value={k}>{t(`strategy.tabs.${k}`)}</Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md"><OverviewTab {...props} /></Tabs.Panel>
        <Tabs.Panel value="evaluation" pt="md"><Suspense fallback={loading}><EvaluationTab {...props} /></Suspense></Tabs.Panel>
        <Tabs.Panel value="stakeholders" pt="md"><Suspense fallback={loading}><StakeholdersTab {...props} /></Suspense></Tabs.Panel>
        <Tabs.Panel value="objectives" pt="md"><Suspense fallback={loading}><ObjectivesTab {...props} /></Suspense></Tabs.Panel>
        <Tabs.Panel value="activities" pt="md"><ActivitiesTab {...props} /></Tabs.Panel>
        <Tabs.Panel value="indicators" pt="md"><Suspense fallback={loading}><IndicatorsTab {...props} /></Suspense></Tabs.Panel>
        <Tabs.Panel value="reviews" pt="md"><ReviewsTab {...props} /></Tabs.Panel>
        <Tabs.Panel value="standards" pt="md"><Suspense fallback={loading}><StandardsTab data={data} /></Suspense></Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
