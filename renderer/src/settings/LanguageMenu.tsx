import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '@api/languages';
import { isLanguage, LANGUAGE_NAMES, LANGUAGES } from '@api/languages';
import type { Settings } from '@api/settings';
import { api } from '../api';
import { changeLanguage } from '../i18n';

export const languageOptions = LANGUAGES.map((lng) => ({ value: lng, label: LANGUAGE_NAMES[lng] }));

/** Switches the interface language at once and keeps the choice for the next start. */
export function LanguageMenu({ onSettings }: { onSettings: (s: Settings) => void }) {
  const { t, i18n } = useTranslation();
  const choose = async (value: string | null) => {
    if (!isLanguage(value)) return;
    await changeLanguage(value as Language);
    const saved = await api['settings.update']({ uiLanguage: value });
    if (saved.ok) onSettings(saved.value);
  };
  return (
    <Select
      aria-label={t('header.language')}
      data={languageOptions}
      value={i18n.language}
      onChange={(v) => void choose(v)}
      allowDeselect={false}
      w={170}
      comboboxProps={{ withinPortal: true }}
      data-testid="ui-language"
    />
  );
}
