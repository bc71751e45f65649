import { Anchor, Paper, SegmentedControl, Stack, Table, Text, Title, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, must } from '../api';
import { useLoad } from '../ui/useLoad';
import { href } from '../router';
import { addDays, todayIso } from '../ui/dates';
import { formatPlanned } from './labels';

/** Across all SMEs: the workshops planned for the coming week or month. */
export function UpcomingWorkshops() {
  const { t, i18n } = useTranslation();
  const [range, setRange] = useState<'week' | 'month'>('week');
  const from = todayIso();
  const { data: items } = useLoad(() => must(api['workshops.upcoming']({ from, to: addDays(from, 31) })), [from]);

  // Nothing planned this month (e.g. a new installation): the panel stays out of the way.
  if (!items || items.length === 0) return null;
  const weekEnd = addDays(from, 7);
  const shown = range === 'week' ? items.filter((w) => w.plannedAt < weekEnd) : items;
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3} size="h4">{t('upcoming.title')}</Title>
          <SegmentedControl aria-label={t('upcoming.range')} value={range} onChange={(v) => setRange(v as 'week' | 'month')} data={[{ value: 'week', label: t('upcoming.week') }, { value: 'month', label: t('upcoming.month') }]} />
        </Group>
        {shown.length === 0 ? (
          <Text size="sm" c="dimmed">{t('upcoming.none')}</Text>
        ) : (
          <Table aria-label={t('upcoming.title')}>
            <Table.Tbody>
              {shown.map((w) => (
                <Table.Tr key={w.workshopId}>
                  <Table.Td>{formatPlanned(w.plannedAt, i18n.language, t)}</Table.Td>
                  <Table.Td><Anchor href={href({ screen: 'workshop', id: w.workshopId })}>{t('process.workshopN', { n: w.number })}</Anchor></Table.Td>
                  <Table.Td><Anchor href={href({ screen: 'sme', id: w.smeId })}>{w.smeName}</Anchor></Table.Td>
                  <Table.Td>{w.place}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
