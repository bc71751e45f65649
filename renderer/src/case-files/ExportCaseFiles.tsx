import { Alert, Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { errorText, saveBytes } from './files';

/**
 * "Export" of one SME's case file or of all of them, as one .socialsme file; with a passphrase
 * (typed twice) the file is protected, for mailing it or carrying it to a colleague.
 */
export function ExportCaseFiles({ smeIds, label }: { smeIds: string[] | 'all'; label: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const mismatch = passphrase !== '' && repeat !== '' && passphrase !== repeat;

  const close = () => {
    setOpen(false);
    setPassphrase('');
    setRepeat('');
    setFailure(null);
  };
  const exportNow = async () => {
    setBusy(true);
    setFailure(null);
    const r = await api['caseFiles.export']({ smeIds, passphrase: passphrase || undefined });
    setBusy(false);
    if (!r.ok) return setFailure(r.error.code);
    saveBytes(r.value.fileName, r.value.base64);
    setDone(r.value.fileName);
    close();
  };

  return (
    <>
      <Button variant="default" onClick={() => { setDone(null); setOpen(true); }}>{label}</Button>
      {done && <Text size="sm" role="status">{t('caseFiles.exported', { file: done })}</Text>}
      <Modal opened={open} onClose={close} title={label} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <Stack>
          <Text size="sm">{smeIds === 'all' ? t('caseFiles.exportAllText') : t('caseFiles.exportOneText')}</Text>
          <PasswordInput label={t('caseFiles.passphrase')} description={t('caseFiles.passphraseHint')} value={passphrase} onChange={(e) => setPassphrase(e.currentTarget.value)} />
          {passphrase !== '' && (
            <PasswordInput label={t('caseFiles.passphraseRepeat')} value={repeat} error={mismatch ? t('caseFiles.passphraseMismatch') : undefined} onChange={(e) => setRepeat(e.currentTarget.value)} />
          )}
          {failure && <Alert color="red" role="alert">{errorText(t, failure)}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
            <Button loading={busy} disabled={passphrase !== '' && passphrase !== repeat} onClick={() => void exportNow()}>
              {passphrase ? t('caseFiles.exportProtected') : t('caseFiles.export')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
