import { Box, Group, List, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ItemResult, RoundView } from '@api/voting';
import { byDisagreement } from '@api/voting';
import { formatScore } from '@api/numbers';

/** A row of small bars, one per score or option: how the answers fall, without who gave which. */
function Bars({ counts, labels }: { counts: number[]; labels: string[] }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...counts);
  return (
    <Group gap={3} align="flex-end" h={28} wrap="nowrap" role="img" aria-label={t('voting.histogram', { counts: counts.map((c, i) => `${labels[i]}: ${c}`).join(', ') })}>
      {counts.map((c, i) => (
        <Box key={i} w={14} h={Math.max(2, (c / max) * 28)} bg={c ? 'blue.7' : 'gray.3'} title={`${labels[i]}: ${c}`} />
      ))}
    </Group>
  );
}

/**
 * The results of a round as they stand: statements ordered by disagreement (spread first), dots
 * per entry, options counted, comments listed as plain text.
 */
export function RoundResults({ round }: { round: RoundView }) {
  const { t, i18n } = useTranslation();
  const number = (n: number | null) => (n === null ? '–' : formatScore(n, i18n.language));
  const labelOf = (i: ItemResult) => i.label ?? t(`voting.feedback.${i.id}`);
  const ratings = round.setup.kind === 'self_evaluation' ? byDisagreement(round.items) : round.items.filter((i) => i.type === 'rating');
  if (round.answered === 0) return <Text size="sm" c="dimmed">{t('voting.noAnswers')}</Text>;
  return (
    <Box>
      {round.setup.kind === 'self_evaluation' && <Text size="sm" mb="xs">{t('voting.byDisagreement')}</Text>}
      {ratings.length > 0 && (
        <Table striped withTableBorder aria-label={t('voting.resultsTable')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('voting.item')}</Table.Th>
              <Table.Th>{t('voting.answers')}</Table.Th>
              <Table.Th>{t('voting.mean')}</Table.Th>
              <Table.Th>{t('voting.spread')}</Table.Th>
              <Table.Th>1–5</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ratings.map((i) => (
              <Table.Tr key={i.id} data-item={i.id}>
                <Table.Td>{labelOf(i)}</Table.Td>
                <Table.Td>{i.count}</Table.Td>
                <Table.Td>{number(i.mean)}</Table.Td>
                <Table.Td>{number(i.spread)}</Table.Td>
                <Table.Td><Bars counts={i.histogram} labels={['1', '2', '3', '4', '5']} /></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {round.items.some((i) => i.type === 'dots') && (
        <Table withTableBorder aria-label={t('voting.resultsTable')}>
          <Table.Tbody>
            {[...round.items].sort((a, b) => b.dots - a.dots).map((i) => (
              <Table.Tr key={i.id} data-item={i.id}>
                <Table.Td>{labelOf(i)}</Table.Td>
                <Table.Td>{t('voting.dotsCount', { count: i.dots })}</Table.Td>
                <Table.Td w="40%"><Box h={12} w={`${(i.dots / Math.max(1, ...round.items.map((x) => x.dots))) * 100}%`} bg="blue.7" /></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {round.items.filter((i) => i.type === 'choice').map((i) => (
        <Box key={i.id}>
          <Text fw={600}>{labelOf(i)}</Text>
          <List>
            {(round.setup.kind === 'question' ? round.setup.options : []).map((option, n) => (
              <List.Item key={n}>{`${option}: ${t('voting.votes', { count: i.histogram[n] ?? 0 })}`}</List.Item>
            ))}
          </List>
        </Box>
      ))}
      {round.items.filter((i) => i.type === 'text' && i.texts.length > 0).map((i) => (
        <Box key={i.id} mt="sm">
          <Text fw={600}>{t('voting.comments')}</Text>
          <List>{i.texts.map((text, n) => <List.Item key={n}>{text}</List.Item>)}</List>
        </Box>
      ))}
    </Box>
  );
}
