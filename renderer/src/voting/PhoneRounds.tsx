import { Accordion, Paper, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundView } from '@api/voting';
import { api } from '../api';
import { ApplyMeans } from './ApplyMeans';
import { RoundResults } from './RoundResults';
import { dateLocale } from '@api/dates';

/**
 * The self-evaluation rounds of a process, as the strategy screen shows them beside the agreed
 * scores: each phone scored alone, the spread shows where the team disagrees.
 */
export function PhoneRounds({ processId, onApplied }: { processId: string; onApplied: () => void }) {
  const { t, i18n } = useTranslation();
  const [rounds, setRounds] = useState<RoundView[]>([]);
  useEffect(() => {
    void api['voting.listForProcess']({ processId, kind: 'self_evaluation' }).then((r) => r.ok && setRounds(r.value.filter((x) => x.status === 'closed' && x.answered > 0)));
  }, [processId]);
  if (rounds.length === 0) return null;
  const when = (iso: string) => new Intl.DateTimeFormat(dateLocale(i18n.language), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  return (
    <Paper withBorder p="md">
      <Title order={4}>{t('voting.fromPhones')}</Title>
      <Text size="sm" mb="sm">{t('voting.fromPhonesHint')}</Text>
      <Accordion variant="separated" defaultValue={rounds.at(-1)!.id}>
        {[...rounds].reverse().map((r) => (
          <Accordion.Item key={r.id} value={r.id}>
            <Accordion.Control>{`${when(r.openedAt)} · ${t('voting.phones', { count: r.answered })}`}</Accordion.Control>
            <Accordion.Panel>
              <RoundResults round={r} />
              <ApplyMeans round={r} onApplied={onApplied} />
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Paper>
  );
}
