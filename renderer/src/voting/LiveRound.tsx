import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenRound } from '@api/voting';
import { api } from '../api';
import { RoundResults } from './RoundResults';

/** The open round as the room sees it on the projector: QR code, typed address, room code, counts, results. */
export function LiveRound({ round, onClosed }: { round: OpenRound; onClosed: () => void }) {
  const { t } = useTranslation();
  const [closing, setClosing] = useState(false);
  const typed = round.url.replace(/^http:\/\//, '').replace(/\/$/, '');
  const close = async () => {
    setClosing(true);
    await api['voting.close']({ roundId: round.id });
    setClosing(false);
    onClosed();
  };
  return (
    <Paper withBorder p="md" aria-label={t('voting.openRound')} role="region">
      <Group align="flex-start" gap="xl" wrap="wrap">
        <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(round.qrSvg)}`} alt={t('voting.qrAlt', { address: typed })} width={260} height={260} />
        <Stack gap="xs" maw={520}>
          <Title order={3}>{t(`voting.kind.${round.setup.kind}`)}</Title>
          <Text>{t('voting.scanOrType')}</Text>
          <Text fz={28} fw={700} ff="monospace" data-testid="voting-address">{round.url}</Text>
          <Text fz={22}>{t('voting.roomCode')}: <Text span fw={700} ff="monospace" fz={28} data-testid="room-code">{round.roomCode}</Text></Text>
          <Text size="sm" fw={600} role="note">⚠ {t('voting.warning')}</Text>
          <Group gap="lg" role="status" aria-live="polite">
            <Text fw={600}>{t('voting.joined', { count: round.joined })}</Text>
            <Text fw={600}>{t('voting.answered', { count: round.answered })}</Text>
          </Group>
          <Group>
            <Button color="dark" onClick={() => void close()} loading={closing}>{t('voting.close')}</Button>
          </Group>
        </Stack>
      </Group>
      <Stack mt="md">
        <RoundResults round={round} />
      </Stack>
    </Paper>
  );
}
