import { Alert, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity, Objective } from '@api/strategy';
import { ACTIVITY_STATUSES } from '@api/strategy';
import { formatShortDay } from './planLabels';

const A = 'strategy.activities';
const L = 'strategy.activities.learningPlan';

/** Soonest due first; undated learning last, so what is coming up leads. */
const byDue = (a: Activity, b: Activity) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.title.localeCompare(b.title);

/**
 * The learning plan: the learning activities of the action plan read as who learns what, how and by
 * when. Learning opportunities are the core of the 6x3 method, so gaps (nobody named, no method)
 * are spelled out instead of left blank.
 */
export function LearningPlan({ activities, objectives, onEdit }: { activities: Activity[]; objectives: Objective[]; onEdit: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const learning = activities.filter((a) => a.learning).sort(byDue);
  const incomplete = learning.filter((a) => !a.learners || !a.learningWhat || !a.learningHow).length;
  const notSet = <Text span fs="italic" size="sm">{t(`${L}.notSet`)}</Text>;
  const orNotSet = (value: ReactNode) => (value ? value : notSet);
  const counts = ACTIVITY_STATUSES.map((s) => [s, learning.filter((a) => a.status === s).length] as const).filter(([, n]) => n > 0);

  return (
    <Stack gap="sm" data-learning-plan>
      <Title order={3} size="h4">{t(`${L}.title`)}</Title>
      <Text maw={760}>{t(`${L}.intro`)}</Text>
      {learning.length === 0 ? (
        <Text>{t(`${L}.empty`)}</Text>
      ) : (
        <>
          <Text size="sm">
            {t(`${L}.summary`, { count: learning.length })}{' '}
            {counts.map(([s, n]) => t(`${L}.statusCount`, { status: t(`strategy.activityStatus.${s}`), count: n })).join(', ')}
          </Text>
          {incomplete > 0 && <Alert color="yellow" variant="light">{t(`${L}.incomplete`, { count: incomplete })}</Alert>}
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="xs" striped>
              <Table.Caption>{t(`${L}.caption`)}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t(`${L}.who`)}</Table.Th>
                  <Table.Th>{t(`${L}.what`)}</Table.Th>
                  <Table.Th>{t(`${L}.how`)}</Table.Th>
                  <Table.Th>{t(`${L}.byWhen`)}</Table.Th>
                  <Table.Th>{t(`${L}.status`)}</Table.Th>
                  <Table.Th>{t(`${L}.activity`)}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {learning.map((a) => {
                  const objective = objectives.find((o) => o.id === a.objectiveId);
                  return (
                    <Table.Tr key={a.id} data-learning-row={a.id}>
                      <Table.Td fw={600}>{orNotSet(a.learners)}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'pre-line' }}>{orNotSet(a.learningWhat)}</Table.Td>
                      <Table.Td>{orNotSet(a.learningHow && t(`strategy.learningHow.${a.learningHow}`))}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{a.dueDate ? formatShortDay(a.dueDate, i18n.language) : t(`${L}.noDate`)}</Table.Td>
                      <Table.Td>
                        <Group gap={4}>
                          <Text size="sm">{t(`strategy.activityStatus.${a.status}`)}</Text>
                          {a.overdue && <Badge color="red" variant="filled" tt="none">{t(`${A}.overdue`)}</Badge>}
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <Stack gap={2} align="flex-start">
                          <Text size="sm">{a.title}</Text>
                          {objective && <Text size="xs" c="dimmed">{objective.title}</Text>}
                          <Button size="compact-xs" variant="subtle" aria-label={t(`${A}.editNamed`, { title: a.title })} onClick={() => onEdit(a.id)}>
                            {t(`${A}.edit`)}
                          </Button>
                        </Stack>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}
