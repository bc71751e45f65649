import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorksheetView } from '@api/library';
import { api } from '../api';
import { PdfPanel } from '../ui/pdf/PdfPanel';

type Shown = { kind: 'minutes' } | { kind: 'worksheet'; id: string } | null;

/** The PDFs of a workshop: its minutes, and blank worksheets with the SME's name filled in. */
export function WorkshopDocuments({ workshopId, worksheets, updatedAt }: { workshopId: string; worksheets: WorksheetView[]; updatedAt: string }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<Shown>(null);
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">{t('workshop.documentsTitle')}</Title>
      <Text size="sm" c="dimmed">{t('workshop.documentsHint')}</Text>
      <Group gap="xs">
        <Button variant={shown?.kind === 'minutes' ? 'filled' : 'default'} onClick={() => setShown(shown?.kind === 'minutes' ? null : { kind: 'minutes' })}>
          {t('workshop.minutesPdf')}
        </Button>
        {worksheets.map((ws) => (
          <Button key={ws.id} variant={shown?.kind === 'worksheet' && shown.id === ws.id ? 'filled' : 'default'} onClick={() => setShown({ kind: 'worksheet', id: ws.id })}>
            {t('workshop.blankWorksheet', { title: ws.title })}
          </Button>
        ))}
      </Group>
      {shown?.kind === 'minutes' && (
        <PdfPanel reloadKey={`minutes:${workshopId}:${updatedAt}`} load={() => api['workshops.minutesPdf']({ id: workshopId })} />
      )}
      {shown?.kind === 'worksheet' && (
        <PdfPanel reloadKey={`ws:${workshopId}:${shown.id}`} load={() => api['workshops.worksheetPdf']({ id: workshopId, worksheetId: shown.id })} />
      )}
    </Stack>
  );
}
