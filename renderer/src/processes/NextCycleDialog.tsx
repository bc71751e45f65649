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
  const [form, setForm] = useState(() => ({ title: '', startDate: yearAfter(process.startDate) }));
  // Until the facilitator types a title, it follows the start year, in the interface language only.
  const [titleTyped, setTitleTyped] = useState(false);
  const held = process.workshops.filter((w) => w.status === 'held').length;
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!opened || titleTyped) return;
    // The earlier title may be in another language ("Example: first 6x3 cycle"); one language, one title.
    const year = isCalendarDate(form.startDate) ? form.startDate.slice(0, 4) : '';
    setForm((f) => ({ ...f, title: year ? t('process.defaultTitle', { year }) : f.title }));
  }, [opened, titleTyped, form.startDate, t]);

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
          {held < process.workshops.length && <Alert color="yellow" role="status">{t(`${O}.nextCycleEarly`, { held, total: process.workshops.length })}</Alert>}
          <TextInput label={t(`${O}.nextCycleName`)} required data-autofocus value={form.title} error={errors.title} onChange={(e) => { setTitleTyped(true); setForm({ ...form, title: e.currentTarget.value }); }} />
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
