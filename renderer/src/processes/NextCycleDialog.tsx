import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isCalendarDate } from '@api/dates';
import type { ProcessRecord } from '@api/processes';
import { api } from '../api';
import { issueMessages } from '../saving/validation';
import { yearAfter } from '../ui/dates';

const O = 'strategy.overview';

/** Starts the yearly next cycle of a process, which carries its strategy forward. */
export function NextCycleDialog({ process, opened, onClose, onStarted }: {
  process: ProcessRecord;
  opened: boolean;
  onClose: () => void;
  onStarted: (p: ProcessRecord) => void;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ title: '', startDate: yearAfter(process.startDate) });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!opened) return;
    // Cycles are numbered from the SME's first process, whose title names the series.
    void api['processes.listForSme']({ smeId: process.smeId }).then((r) => {
      const all = r.ok ? [...r.value].sort((a, b) => a.startDate.localeCompare(b.startDate)) : [process];
      const first = all[0] ?? process;
      setForm((f) => ({ ...f, title: f.title || t(`${O}.nextCycleDefault`, { title: first.title, n: all.length + 1 }) }));
    });
  }, [opened, process, t]);

  const submit = async () => {
    const title = form.title.trim();
    const local: Record<string, string> = {};
    if (!title) local.title = t('validation.required');
    if (!isCalendarDate(form.startDate)) local.startDate = t('validation.invalid_date');
    else if (form.startDate <= process.startDate) local.startDate = t('validation.before_previous');
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    setBusy(true);
    const r = await api['processes.nextCycle']({ id: process.id, title, startDate: form.startDate });
    setBusy(false);
    if (!r.ok) {
      setErrors(issueMessages(r.error.issues ?? [], t));
      return setFailure(r.error.code);
    }
    setFailure(null);
    onClose();
    onStarted(r.value);
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t(`${O}.nextCycle`)} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={(e) => { e.preventDefault(); void submit(); }} noValidate>
        <Stack>
          <Text size="sm">{t(`${O}.nextCycleHint`)}</Text>
          <TextInput label={t(`${O}.nextCycleName`)} required data-autofocus value={form.title} error={errors.title} onChange={(e) => setForm({ ...form, title: e.currentTarget.value })} />
          <TextInput type="date" label={t(`${O}.nextCycleStart`)} required value={form.startDate} error={errors.startDate} onChange={(e) => setForm({ ...form, startDate: e.currentTarget.value })} />
          {failure && <Alert color="red" role="alert">{t(`errors.${failure}`, { defaultValue: t('errors.internal') })}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={busy}>{t(`${O}.nextCycleCreate`)}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
