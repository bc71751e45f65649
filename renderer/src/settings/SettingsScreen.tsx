import { Code, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '@api/contract';
import type { Language } from '@api/languages';
import { isLanguage } from '@api/languages';
import type { Settings, SettingsPatch } from '@api/settings';
import { SettingsPatch as SettingsPatchSchema } from '@api/settings';
import { api } from '../api';
import { languageOptions } from './LanguageMenu';
import { BackupsPanel } from '../backups/BackupsPanel';
import { SaveStatus } from '../ui/SaveStatus';
import { changeLanguage } from '../i18n';
import { useSavedForm } from '../saving/useSavedForm';
import { schemaMessages } from '../saving/validation';

export function SettingsScreen({ info, settings, onSettings }: { info: AppInfo; settings: Settings; onSettings: (s: Settings) => void }) {
  const { t, i18n } = useTranslation();
  const autosave = useSavedForm({
    draftKey: null,
    initial: (): Pick<Settings, 'facilitatorName' | 'organisation'> => ({ facilitatorName: settings.facilitatorName, organisation: settings.organisation }),
    check: (p: SettingsPatch) => schemaMessages(SettingsPatchSchema, p, t),
    send: (p: SettingsPatch) => api['settings.update'](p),
    onSaved: onSettings,
  });
  const { form, errors, edit } = autosave;
  const setLanguage = async (key: 'uiLanguage' | 'contentLanguage', value: string | null) => {
    if (!isLanguage(value)) return;
    if (key === 'uiLanguage') await changeLanguage(value as Language);
    const r = await api['settings.update']({ [key]: value });
    if (r.ok) onSettings(r.value);
  };

  return (
    <Stack maw={640} gap="md">
      <Title order={2}>{t('settings.title')}</Title>
      <Paper withBorder p="md">
        <Stack>
          <Title order={3} size="h4">{t('settings.facilitator')}</Title>
          <Text size="sm" c="dimmed">{t('settings.facilitatorHint')}</Text>
          <TextInput label={t('settings.facilitatorName')} value={form.facilitatorName} error={errors['facilitatorName']} onChange={(e) => edit({ facilitatorName: e.currentTarget.value })} />
          <TextInput label={t('settings.organisation')} value={form.organisation} error={errors['organisation']} onChange={(e) => edit({ organisation: e.currentTarget.value })} />
          <SaveStatus state={autosave.state} />
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Stack>
          <Title order={3} size="h4">{t('settings.languages')}</Title>
          <Select label={t('settings.uiLanguage')} description={t('settings.uiLanguageHint')} data={languageOptions} value={i18n.language} allowDeselect={false} onChange={(v) => void setLanguage('uiLanguage', v)} />
          <Select label={t('settings.contentLanguage')} description={t('settings.contentLanguageHint')} data={languageOptions} value={settings.contentLanguage} allowDeselect={false} onChange={(v) => void setLanguage('contentLanguage', v)} />
        </Stack>
      </Paper>
      <BackupsPanel onRestored={() => {}} />
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Title order={3} size="h4">{t('settings.about')}</Title>
          <Text size="sm">{t('settings.version', { version: info.version })}</Text>
          <Text size="sm">{t('settings.dataDir')}</Text>
          <Code block>{info.dataDir}</Code>
        </Stack>
      </Paper>
    </Stack>
  );
}
