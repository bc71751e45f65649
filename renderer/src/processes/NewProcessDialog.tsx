import { Alert, Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessRecord } from '@api/processes';
import { ProcessInput } from '@api/processes';
import { toFieldIssues } from '@api/validation';
import { languageOfCountry } from '@api/languages';
import { api } from '../api';
import { languageOptions } from '../settings/LanguageMenu';
import { issueMessages } from '../saving/validation';
import { todayIso } from '../ui/dates';

/** Starts a 6x3 process for an SME; its six workshops are created with it. */
export function NewProcessDialog({ smeId, country, opened, onClose, onCreated }: { smeId: string; country: string; opened: boolean; onClose: () => void; onCreated: (p: ProcessRecord) => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState(() => ({ title: t('process.defaultTitle', { year: new Date().getFullYear() }), language: (languageOfCountry(country) ?? 'en') as string, facilitator: '', startDate: todayIso() }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  // The workshop language defaults to the SME's country's when it is one of the nine, else to the
  // settings, as does the facilitator; Start waits for them.
  const [ready, setReady] = useState(false);
  const chosen = useRef(false);

  useEffect(() => {
    if (!opened) return;
    void api['settings.get']().then((r) => {
      // A language chosen before the settings answered is the facilitator's, not a default to replace.
      if (r.ok) setForm((f) => ({ ...f, language: chosen.current ? f.language : (languageOfCountry(country) ?? r.value.contentLanguage), facilitator: f.facilitator || r.value.facilitatorName }));
      setReady(true);
    });
  }, [opened, country]);

  const submit = async () => {
    const input = { smeId, ...form };
    const parsed = ProcessInput.safeParse(input);
    if (!parsed.success) return setErrors(issueMessages(toFieldIssues(parsed.error.issues), t));
    const r = await api['processes.create'](input as never);
    if (!r.ok) {
      if (r.error.issues) setErrors(issueMessages(r.error.issues, t));
      return setFailure(r.error.code);
    }
    setErrors({});
    setFailure(null);
    onClose();
    onCreated(r.value);
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('process.new')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={(e) => { e.preventDefault(); void submit(); }} noValidate>
        <Stack>
          <TextInput label={t('process.title')} required data-autofocus value={form.title} error={errors['title']} onChange={(e) => setForm({ ...form, title: e.currentTarget.value })} />
          <Select label={t('process.language')} description={t('process.languageHint')} data={languageOptions} value={form.language} allowDeselect={false} onChange={(v) => {
            if (!v) return;
            chosen.current = true;
            setForm({ ...form, language: v });
          }} />
          <TextInput label={t('process.facilitator')} value={form.facilitator} error={errors['facilitator']} onChange={(e) => setForm({ ...form, facilitator: e.currentTarget.value })} />
          <TextInput type="date" label={t('process.startDate')} required value={form.startDate} error={errors['startDate']} onChange={(e) => setForm({ ...form, startDate: e.currentTarget.value })} />
          {failure && <Alert color="red" role="alert">{t(`errors.${failure}`, { defaultValue: t('errors.internal') })}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={!ready}>{t('process.create')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
