import { Alert, Button, FileInput, Group, List, Modal, PasswordInput, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportChoice, ImportOutcome, ImportPreview } from '@api/case-file';
import { api } from '../api';
import { errorText, readAsBase64, readablePlaceholder } from './files';

type Step = { kind: 'pick' } | { kind: 'preview'; preview: ImportPreview } | { kind: 'done'; outcome: ImportOutcome };

/**
 * "Import": pick a .socialsme file, see what it holds, and for each SME that is here already
 * choose to keep both (import as a copy), replace ours, or skip it. Nothing is written before
 * the Import button, and a bad file changes nothing.
 */
export function ImportCaseFiles({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [needsPassphrase, setNeedsPassphrase] = useState(false);
  const [step, setStep] = useState<Step>({ kind: 'pick' });
  const [choices, setChoices] = useState<Record<string, ImportChoice>>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const close = () => {
    setOpen(false);
    setFile(null);
    setPassphrase('');
    setNeedsPassphrase(false);
    setStep({ kind: 'pick' });
    setChoices({});
    setFailure(null);
  };
  const preview = async (picked = file, typed = passphrase) => {
    if (!picked) return;
    setBusy(true);
    setFailure(null);
    const r = await api['caseFiles.preview']({ base64: picked.base64, passphrase: typed || undefined });
    setBusy(false);
    if (r.ok) {
      setStep({ kind: 'preview', preview: r.value });
      setChoices(Object.fromEntries(r.value.smes.filter((s) => s.existing !== null).map((s) => [s.id, 'copy' as const])));
      return;
    }
    if (r.error.code === 'case_file_needs_passphrase' || r.error.code === 'case_file_wrong_passphrase') setNeedsPassphrase(true);
    setFailure(r.error.code);
  };
  const pick = async (picked: File | null) => {
    setStep({ kind: 'pick' });
    setNeedsPassphrase(false);
    setPassphrase('');
    if (!picked) return setFile(null);
    const read = { name: picked.name, base64: await readAsBase64(picked) };
    setFile(read);
    await preview(read, '');
  };
  const importNow = async () => {
    if (!file) return;
    setBusy(true);
    const r = await api['caseFiles.import']({ base64: file.base64, passphrase: passphrase || undefined, conflicts: 'skip', choices });
    setBusy(false);
    if (!r.ok) return setFailure(r.error.code);
    setStep({ kind: 'done', outcome: r.value });
    onImported();
  };
  const choiceOptions = (['copy', 'replace', 'skip'] as const).map((c) => ({ value: c, label: t(`caseFiles.choice.${c}`) }));

  return (
    <>
      <Button variant="default" onClick={() => setOpen(true)}>{t('caseFiles.import')}</Button>
      <Modal opened={open} onClose={close} title={t('caseFiles.importTitle')} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
        <Stack>
          {step.kind !== 'done' && <FileInput styles={readablePlaceholder} label={t('caseFiles.file')} accept=".socialsme" clearable value={null} placeholder={file?.name ?? t('caseFiles.pick')} onChange={(f) => void pick(f)} />}
          {needsPassphrase && step.kind === 'pick' && (
            <Group align="flex-end">
              <PasswordInput label={t('caseFiles.passphrase')} value={passphrase} onChange={(e) => setPassphrase(e.currentTarget.value)} style={{ flex: 1 }} />
              <Button loading={busy} disabled={!passphrase} onClick={() => void preview()}>{t('caseFiles.open')}</Button>
            </Group>
          )}
          {failure && <Alert color="red" role="alert">{errorText(t, failure)}</Alert>}
          {step.kind === 'preview' && (
            <>
              <Text size="sm">{t('caseFiles.holds', { count: step.preview.smes.length, date: new Date(step.preview.createdAt).toLocaleString(), version: step.preview.appVersion })}</Text>
              <Table>
                <Table.Thead>
                  <Table.Tr><Table.Th>{t('caseFiles.sme')}</Table.Th><Table.Th>{t('caseFiles.processes')}</Table.Th><Table.Th>{t('caseFiles.whatToDo')}</Table.Th></Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {step.preview.smes.map((s) => (
                    <Table.Tr key={s.id}>
                      <Table.Td>{s.name}</Table.Td>
                      <Table.Td>{s.processes}</Table.Td>
                      <Table.Td>
                        {s.existing === null ? t('caseFiles.new') : (
                          <Select aria-label={t('caseFiles.choiceFor', { name: s.name })} description={t('caseFiles.existing', { name: s.existing })} data={choiceOptions} value={choices[s.id] ?? 'copy'} allowDeselect={false}
                            onChange={(v) => v && setChoices({ ...choices, [s.id]: v as ImportChoice })} />
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              {Object.values(choices).includes('replace') && <Text size="sm">{t('caseFiles.replaceBackup')}</Text>}
              <Group justify="flex-end">
                <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
                <Button loading={busy} onClick={() => void importNow()}>{t('caseFiles.importNow')}</Button>
              </Group>
            </>
          )}
          {step.kind === 'done' && (
            <>
              <Text role="status">{t('caseFiles.imported', { count: step.outcome.imported.length })}</Text>
              <List size="sm">
                {step.outcome.imported.map((i) => <List.Item key={i.id}>{i.name} ({t(`caseFiles.as.${i.as}`)})</List.Item>)}
              </List>
              {step.outcome.skipped.length > 0 && <Text size="sm">{t('caseFiles.skipped', { count: step.outcome.skipped.length })}</Text>}
              {step.outcome.backup && <Text size="sm">{t('caseFiles.backupTaken', { file: step.outcome.backup })}</Text>}
              <Group justify="flex-end"><Button onClick={close}>{t('common.close')}</Button></Group>
            </>
          )}
        </Stack>
      </Modal>
    </>
  );
}
