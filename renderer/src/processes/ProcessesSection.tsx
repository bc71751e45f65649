import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES } from '@api/languages';
import { api, must } from '../api';
import { useLoad } from '../ui/useLoad';
import { href, navigate } from '../router';
import { formatDay } from './labels';
import { NewProcessDialog } from './NewProcessDialog';

/** The SME's 6x3 processes (one per cycle), shown in its case file. */
export function ProcessesSection({ smeId, country, disabled }: { smeId: string; country: string | null; disabled: boolean }) {
  const { t, i18n } = useTranslation();
  const { data: processes } = useLoad(() => must(api['processes.listForSme']({ smeId })), [smeId]);
  const [creating, setCreating] = useState(false);

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3} size="h4">{t('process.sectionTitle')}</Title>
        <Button variant="default" disabled={disabled} onClick={() => setCreating(true)}>{t('process.new')}</Button>
      </Group>
      {processes?.length === 0 && <Text c="dimmed" size="sm">{t('process.none')}</Text>}
      {processes?.map((p) => {
        const held = p.workshops.filter((w) => w.status === 'held').length;
        return (
          <Paper key={p.id} withBorder p="sm">
            <Group justify="space-between">
              <Stack gap={2}>
                <Anchor href={href({ screen: 'process', id: p.id })} fw={700}>{p.title}</Anchor>
                <Text size="sm" c="dimmed">
                  {formatDay(p.startDate, i18n.language)} · {LANGUAGE_NAMES[p.language]} · {t('process.heldCount', { count: held })}
                </Text>
              </Stack>
              <Badge variant="outline" color="dark">{t(`process.status.${p.status}`)}</Badge>
            </Group>
          </Paper>
        );
      })}
      <NewProcessDialog smeId={smeId} country={country ?? ''} opened={creating} onClose={() => setCreating(false)} onCreated={(p) => navigate({ screen: 'process', id: p.id })} />
    </Stack>
  );
}
