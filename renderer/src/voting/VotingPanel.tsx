import { Accordion, Alert, Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundView } from '@api/voting';
import { api } from '../api';
import { ApplyMeans } from './ApplyMeans';
import { LiveRound } from './LiveRound';
import { NetworkPicker } from './NetworkPicker';
import { OpenRoundDialog } from './OpenRoundDialog';
import { RoundResults } from './RoundResults';
import { useCurrentRound } from './useCurrentRound';
import { dateLocale } from '@api/dates';

interface Props {
  workshopId: string;
  processId: string;
  workshops: { id: string; number: number }[];
}

/** Votes from the room for one workshop: open a round, watch it fill, close it, and the rounds kept. */
export function VotingPanel({ workshopId, processId, workshops }: Props) {
  const { t, i18n } = useTranslation();
  const { round: current, refresh } = useCurrentRound();
  const [rounds, setRounds] = useState<RoundView[]>([]);
  const [opening, setOpening] = useState(false);
  const [reopening, setReopening] = useState<RoundView | null>(null);
  const [address, setAddress] = useState('');
  const [failed, setFailed] = useState(false);

  const load = useCallback(async () => {
    const r = await api['voting.listForWorkshop']({ workshopId });
    if (r.ok) setRounds(r.value);
  }, [workshopId]);
  useEffect(() => void load(), [load]);

  const mine = current?.workshopId === workshopId ? current : null;
  const changed = () => void Promise.all([refresh(), load()]);
  const reopen = async () => {
    if (!reopening) return;
    const r = await api['voting.reopen']({ roundId: reopening.id, listen: { address, port: 0 } });
    setFailed(!r.ok);
    setReopening(null);
    changed();
  };
  const closed = rounds.filter((r) => r.status === 'closed' && r.id !== mine?.id).reverse();
  const when = (iso: string) => new Intl.DateTimeFormat(dateLocale(i18n.language), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

  return (
    <Stack gap="sm">
      <Title order={3} size="h4">{t('voting.title')}</Title>
      <Text size="sm" c="dimmed">{t('voting.intro')}</Text>
      {mine ? <LiveRound round={mine} onClosed={changed} /> : (
        <Group>
          <Button onClick={() => setOpening(true)} disabled={!!current}>{t('voting.open')}</Button>
          {current && <Text size="sm">{t('voting.openElsewhere')}</Text>}
        </Group>
      )}
      {failed && <Alert color="red" role="alert">{t('voting.errors.cannot_listen')}</Alert>}
      {closed.length > 0 && (
        <Accordion variant="separated" aria-label={t('voting.rounds')}>
          {closed.map((r) => (
            <Accordion.Item key={r.id} value={r.id}>
              <Accordion.Control>
                {t('voting.roundOf', { kind: t(`voting.kind.${r.setup.kind}`), date: when(r.openedAt) })} · {t('voting.phones', { count: r.answered })}
              </Accordion.Control>
              <Accordion.Panel>
                <RoundResults round={r} />
                {r.setup.kind === 'self_evaluation' && <ApplyMeans round={r} />}
                <Button mt="sm" variant="subtle" onClick={() => setReopening(r)} disabled={!!current}>{t('voting.reopen')}</Button>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
      {opening && <OpenRoundDialog opened workshopId={workshopId} processId={processId} workshops={workshops} onClose={() => setOpening(false)} onOpened={changed} />}
      <Modal opened={!!reopening} onClose={() => setReopening(null)} title={t('voting.reopen')} zIndex={500}>
        <Stack>
          <NetworkPicker value={address} onChange={setAddress} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setReopening(null)}>{t('common.cancel')}</Button>
            <Button onClick={() => void reopen()} disabled={!address}>{t('voting.reopen')}</Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
