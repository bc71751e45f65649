import { Alert, Button, Group, List, Modal, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings, SettingsPatch } from '@api/settings';
import { SettingsPatch as SettingsPatchSchema } from '@api/settings';
import { api } from '../api';
import { navigate } from '../router';
import { schemaMessages } from '../saving/validation';

type Next = 'stay' | 'example' | 'methodology';

/**
 * The first start: what the app is for, how the six workshops lead to a strategy, and who the
 * facilitator is (their name and organisation go on the minutes, which otherwise leave without
 * them). Closing it in any way marks it as seen; Help and Settings open it again.
 */
export function WelcomeDialog({ settings, onSettings, onClose }: { settings: Settings; onSettings: (s: Settings) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [facilitatorName, setName] = useState(settings.facilitatorName);
  const [organisation, setOrganisation] = useState(settings.organisation);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<Next | 'skip' | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  /** Saves what was typed (nothing when skipping), marks the welcome as seen, then goes on. */
  const finish = async (next: Next, keepTyped: boolean) => {
    const patch: SettingsPatch = keepTyped ? { facilitatorName, organisation, welcomeSeen: true } : { welcomeSeen: true };
    const problems = schemaMessages(SettingsPatchSchema, patch, t);
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    setBusy(keepTyped ? next : 'skip');
    setFailed(null);
    const saved = await api['settings.update'](patch);
    if (!saved.ok) {
      setBusy(null);
      setFailed(saved.error.code);
      return;
    }
    onSettings(saved.value);
    if (next === 'example') {
      const example = await api['examples.load']({});
      if (!example.ok) {
        setBusy(null);
        setFailed(example.error.code);
        return;
      }
      navigate({ screen: 'sme', id: example.value.smeId });
    }
    if (next === 'methodology') navigate({ screen: 'library', document: null, anchor: null });
    onClose();
  };

  return (
    <Modal
      opened
      size={860}
      onClose={() => void finish('stay', false)}
      title={t('welcome.title')}
      styles={{ title: { fontSize: 'var(--mantine-h3-font-size)', fontWeight: 700 } }}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={(e) => { e.preventDefault(); void finish('stay', true); }}>
        <Stack gap="xs">
          <Text size="sm">{t('welcome.purpose')}</Text>
          <Title order={3} size="h5" id="welcome-journey">{t('welcome.journeyTitle')}</Title>
          <List type="ordered" size="sm" spacing={2} aria-labelledby="welcome-journey">
            <List.Item>{t('welcome.journeyWorkshops')}</List.Item>
            <List.Item>{t('welcome.journeyCaseFile')}</List.Item>
            <List.Item>{t('welcome.journeyStrategy')}</List.Item>
          </List>
          <Title order={3} size="h5" mt={4}>{t('welcome.youTitle')}</Title>
          <Text size="sm" c="dark.6">{t('welcome.youHint')}</Text>
          <Group grow align="flex-start" wrap="wrap">
            <TextInput miw={220} label={t('settings.facilitatorName')} value={facilitatorName} error={errors['facilitatorName']} onChange={(e) => setName(e.currentTarget.value)} data-autofocus />
            <TextInput miw={220} label={t('settings.organisation')} value={organisation} error={errors['organisation']} onChange={(e) => setOrganisation(e.currentTarget.value)} />
          </Group>
          <Text size="sm">{t('welcome.explore')}</Text>
          <Group gap="xs" wrap="wrap">
            <Button variant="default" loading={busy === 'example'} disabled={busy !== null} onClick={() => void finish('example', true)}>{t('welcome.example')}</Button>
            <Button variant="default" loading={busy === 'methodology'} disabled={busy !== null} onClick={() => void finish('methodology', true)}>{t('welcome.methodology')}</Button>
          </Group>
          {failed && <Alert color="red" role="alert">{t(`errors.${failed}`, { defaultValue: t('errors.internal') })}</Alert>}
          <Group justify="flex-end" gap="xs" wrap="wrap">
            <Button variant="subtle" disabled={busy !== null} onClick={() => void finish('stay', false)}>{t('welcome.skip')}</Button>
            <Button type="submit" loading={busy === 'stay'} disabled={busy !== null}>{t('welcome.start')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
