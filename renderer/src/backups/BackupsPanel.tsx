import { Alert, Button, FileInput, Group, Loader, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '@api/backups';
import { api } from '../api';
import { errorText, readAsBase64, readablePlaceholder, saveBytes } from '../case-files/files';
import { RestoreDialog } from './RestoreDialog';
import type { RestoreSource } from './RestoreDialog';

const sizeOf = (bytes: number, language: string) =>
  new Intl.NumberFormat(language, { style: 'unit', unit: bytes < 1024 * 1024 ? 'kilobyte' : 'megabyte', maximumFractionDigits: 1 }).format(bytes < 1024 * 1024 ? bytes / 1024 : bytes / 1024 / 1024);

/**
 * Settings > Backups: the automatic backups with their dates and sizes, "Back up now" (kept here
 * and saved where the facilitator chooses, for example another stick), and "Restore".
 */
export function BackupsPanel({ onRestored }: { onRestored: () => void }) {
  const { t, i18n } = useTranslation();
  const [list, setList] = useState<BackupInfo[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [restoring, setRestoring] = useState<RestoreSource | null>(null);
  const reload = useCallback(async () => {
    const r = await api['backups.list']({});
    if (r.ok) setList(r.value);
    else setFailure(r.error.code);
  }, []);
  useEffect(() => void reload(), [reload]);

  const saveCopy = async (name: string) => {
    const r = await api['backups.file']({ name });
    if (r.ok) saveBytes(r.value.fileName, r.value.base64, 'application/vnd.sqlite3');
    else setFailure(r.error.code);
  };
  const backUpNow = async () => {
    setBusy(true);
    setFailure(null);
    const r = await api['backups.create']({});
    setBusy(false);
    if (!r.ok) return setFailure(r.error.code);
    await reload();
    await saveCopy(r.value.name);
  };
  const fromFile = async (file: File | null) => {
    if (file) setRestoring({ label: file.name, source: { base64: await readAsBase64(file) } });
  };
  const when = (iso: string) => new Date(iso).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={3} size="h4">{t('backups.title')}</Title>
        <Text size="sm" c="dimmed">{t('backups.hint')}</Text>
        <Group align="flex-end">
          <Button loading={busy} onClick={() => void backUpNow()}>{t('backups.now')}</Button>
          <FileInput styles={readablePlaceholder} label={t('backups.fromFile')} placeholder={t('caseFiles.pick')} accept=".sqlite" value={null} onChange={(f) => void fromFile(f)} />
        </Group>
        {failure && <Alert color="red" role="alert">{errorText(t, failure)}</Alert>}
        <Title order={4} size="h5">{t('backups.moveTitle')}</Title>
        <Text size="sm">{t('backups.moveText')}</Text>
        {list === null ? <Loader size="sm" role="status" aria-label={t('common.loading')} /> : list.length === 0 ? <Text size="sm">{t('backups.none')}</Text> : (
          <Table aria-label={t('backups.title')}>
            <Table.Thead>
              <Table.Tr><Table.Th>{t('backups.takenAt')}</Table.Th><Table.Th>{t('backups.why')}</Table.Th><Table.Th>{t('backups.size')}</Table.Th><Table.Th><VisuallyHidden>{t('workshop.rowActions')}</VisuallyHidden></Table.Th></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((b) => (
                <Table.Tr key={b.name}>
                  <Table.Td>{when(b.takenAt)}</Table.Td>
                  <Table.Td>{t(`backups.reason.${b.reason}`)}</Table.Td>
                  <Table.Td>{sizeOf(b.bytes, i18n.language)}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      <Button size="xs" variant="default" onClick={() => void saveCopy(b.name)} aria-label={t('backups.saveCopyOf', { date: when(b.takenAt) })}>{t('backups.saveCopy')}</Button>
                      <Button size="xs" variant="default" onClick={() => setRestoring({ label: when(b.takenAt), source: { name: b.name } })} aria-label={t('backups.restoreOf', { date: when(b.takenAt) })}>{t('backups.restore')}</Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      <RestoreDialog restoring={restoring} onClose={() => setRestoring(null)} onRestored={() => { void reload(); onRestored(); }} />
    </Paper>
  );
}
