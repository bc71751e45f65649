import { Alert, Anchor, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, must } from '../api';
import { useLoad } from '../ui/useLoad';
import { href } from '../router';
import { formatPlanned } from '../processes/labels';
import { formatShortDay } from '../strategy/planLabels';
import { activityCounts, ScorecardStatus } from '../strategy/ScorecardStatus';
import { formatScore } from '@api/numbers';

const D = 'strategy.dashboard';

/** Where the SME's current strategy stands, at the top of its case file; nothing before its first process. */
export function SmeDashboard({ smeId }: { smeId: string }) {
  const { t, i18n } = useTranslation();
  const { data: dashboard, error } = useLoad(() => must(api['smes.dashboard']({ smeId })), [smeId]);

  if (error) return <Alert color="red" role="alert">{t(`${D}.failed`)}</Alert>;
  if (!dashboard?.processId) return null;
  const id = dashboard.processId;
  const day = (d: string) => formatShortDay(d, i18n.language);
  const evaluation = dashboard.latestEvaluation;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="dashboard-title" data-dashboard={id}>
      <Stack gap="sm">
        <Group justify="space-between" align="baseline">
          <Title order={3} size="h4" id="dashboard-title">{t(`${D}.title`, { process: dashboard.processTitle })}</Title>
          <Anchor href={href({ screen: 'strategy', id, tab: null })} fw={600}>{t('strategy.open')}</Anchor>
        </Group>
        <ScorecardStatus scorecard={dashboard.scorecard} caption={t(`${D}.scorecard`)} />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Stack gap={6}>
            <Text size="sm">
              <Text span fw={600}>{t(`${D}.activities`)} </Text>
              {activityCounts(dashboard.activities, t)}
            </Text>
            <Title order={4} size="h5" c={dashboard.overdue.length ? 'red.9' : undefined}>
              {t(`${D}.overdueTitle`, { count: dashboard.overdue.length })}
            </Title>
            {dashboard.overdue.length === 0 ? (
              <Text size="sm">{t(`${D}.noOverdue`)}</Text>
            ) : (
              <List size="sm" spacing={2} aria-label={t(`${D}.overdueList`)}>
                {dashboard.overdue.map((a) => (
                  <List.Item key={a.id}>
                    <Text span size="sm" fw={600}>{a.title}</Text>
                    <Text span size="sm"> · {t(`${D}.due`, { date: a.dueDate ? day(a.dueDate) : '' })}{a.owner ? ` · ${a.owner}` : ''}</Text>
                  </List.Item>
                ))}
              </List>
            )}
            <Anchor href={href({ screen: 'strategy', id, tab: 'activities' })} size="sm">{t(`${D}.toActionPlan`)}</Anchor>
          </Stack>
          <Stack gap={4} component="dl" m={0}>
            <Fact term={t(`${D}.nextReview`)}>
              {dashboard.nextReview ? (
                <Anchor href={href({ screen: 'strategy', id, tab: 'reviews' })} size="sm">{day(dashboard.nextReview)}</Anchor>
              ) : t(`${D}.noNextReview`)}
            </Fact>
            <Fact term={t(`${D}.nextWorkshop`)}>
              {dashboard.nextWorkshop ? (
                <Anchor href={href({ screen: 'workshop', id: dashboard.nextWorkshop.id })} size="sm">
                  {t(`${D}.workshopOn`, { n: dashboard.nextWorkshop.number, date: formatPlanned(dashboard.nextWorkshop.plannedAt, i18n.language, t) })}
                </Anchor>
              ) : t(`${D}.noNextWorkshop`)}
            </Fact>
            <Fact term={t(`${D}.openHomework`)}>{t(`${D}.tasks`, { count: dashboard.openHomework })}</Fact>
            <Fact term={t(`${D}.selfEvaluation`)}>
              {evaluation ? (
                <Anchor href={href({ screen: 'strategy', id, tab: 'evaluation' })} size="sm">
                  {t(`${D}.evaluationOf`, {
                    kind: t(`strategy.evaluationKind.${evaluation.kind}`),
                    date: day(evaluation.takenOn),
                    score: evaluation.overall === null ? '–' : formatScore(evaluation.overall, i18n.language),
                  })}
                </Anchor>
              ) : t(`${D}.noEvaluation`)}
            </Fact>
          </Stack>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <Group gap={6} wrap="nowrap" align="baseline">
      <Text component="dt" size="sm" fw={600}>{term}:</Text>
      <Text component="dd" size="sm" m={0}>{children}</Text>
    </Group>
  );
}
