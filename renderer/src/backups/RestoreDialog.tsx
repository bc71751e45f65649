import { Alert, Button, Group, List, Loader, Modal, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo, BackupPreview } from '@api/backups';
import { api } from '../api';
import { errorText } from '../case-files/files';

export interface RestoreSource {
  /** What the facilitator picked: a date from the list or a file name. */
  label: string;
  source: { name: string } | { base64: string };
}

/**
 * Shows what a backup holds before anything changes, then restores it: the app takes a backup of
 * the current state first and replaces the case files in one step, so nothing is half-restored.
 */
export function RestoreDialog({ restoring, onClose, onRestored }: { restoring: RestoreSource | null; onClose: () => void; onRestored: () => void }) {
  const { t, i18n } = useTranslation();
  const [preview, setPreview] = useState<BackupPreview | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<BackupInfo | null>(null);

  useEffect(() => {
    setPreview(null);
    setFailure(null);
    setDone(null);
    if (!restoring) return;
    void api['backups.preview'](restoring.source).then((r) => (r.ok ? setPreview(r.value) : setFailure(r.error.code)));
  }, [restoring]);

  const restore = async () => {
    if (!restoring) return;
    setBusy(true);
    const r = await api['backups.restore'](restoring.source);
    setBusy(false);
    if (!r.ok) return setFailure(r.error.code);
    setDone(r.value.safetyBackup);
    onRestored();
  };
  const when = (iso: string) => new Date(iso).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <Modal opened={restoring !== null} onClose={onClose} title={t('backups.restoreTitle', { label: restoring?.label ?? '' })} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack>
        {failure && <Alert color="red" role="alert">{errorText(t, failure)}</Alert>}
        {!preview && !failure && <Loader size="sm" role="status" aria-label={t('common.loading')} />}
        {preview && !done && (
          <>
            <Text size="sm">{t('backups.holds')}</Text>
            <List size="sm">
              {preview.takenAt && <List.Item>{t('backups.previewDate', { date: when(preview.takenAt) })}</List.Item>}
              <List.Item>{t('backups.previewSmes', { count: preview.smes })}</List.Item>
              <List.Item>{t('backups.previewProcesses', { count: preview.processes })}</List.Item>
              <List.Item>{t('backups.previewVersion', { version: preview.schemaVersion })}</List.Item>
            </List>
            <Alert color="orange">{t('backups.restoreWarning')}</Alert>
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
              <Button color="orange" loading={busy} onClick={() => void restore()}>{t('backups.restoreNow')}</Button>
            </Group>
          </>
        )}
        {done && (
          <>
            <Text role="status">{t('backups.restored', { date: when(done.takenAt) })}</Text>
            <Group justify="flex-end"><Button onClick={onClose}>{t('common.close')}</Button></Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
