import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SECTORS } from '@api/smes';
import { foldFilter } from './CountrySelect';

export function SectorSelect(props: { value: string | null; onChange: (v: string | null) => void; error?: string | undefined }) {
  const { t } = useTranslation();
  const data = SECTORS.map((code) => ({ value: code, label: `${code} · ${t(`sector.${code}`)}` }));
  return (
    <Select
      label={t('sme.sector')}
      data={data}
      value={props.value}
      onChange={props.onChange}
      searchable
      clearable
      filter={foldFilter}
      error={props.error}
      maxDropdownHeight={320}
    />
  );
}
