import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Sme } from '@api/smes';
import { SmeInput } from '@api/smes';
import { toFieldIssues } from '@api/validation';
import { api } from '../api';
import { issueMessages } from '../saving/validation';
import { CountrySelect } from './CountrySelect';

/** Asks only what an SME cannot exist without; everything else is filled in the editor. */
export function NewSmeDialog({ opened, onClose, onCreated }: { opened: boolean; onClose: () => void; onCreated: (sme: Sme) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [country, setCountry] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const input = { name, country: country ?? '' };
    const parsed = SmeInput.safeParse(input);
    if (!parsed.success) return setErrors(issueMessages(toFieldIssues(parsed.error.issues), t));
    setBusy(true);
    const r = await api['smes.create'](input);
    setBusy(false);
    if (!r.ok) {
      if (r.error.issues) setErrors(issueMessages(r.error.issues, t));
      return setFailure(r.error.code);
    }
    setName('');
    setCountry(null);
    setErrors({});
    setFailure(null);
    onClose();
    onCreated(r.value);
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('list.new')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={(e) => { e.preventDefault(); void submit(); }} noValidate>
        <Stack>
          <TextInput label={t('sme.name')} required data-autofocus value={name} error={errors['name']} onChange={(e) => setName(e.currentTarget.value)} />
          <CountrySelect label={t('sme.country')} required value={country} error={errors['country']} onChange={setCountry} />
          {failure && <Alert color="red" role="alert">{t(`errors.${failure}`, { defaultValue: t('errors.internal') })}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={busy}>{t('list.create')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
