import type { ComboboxItem, OptionsFilter } from '@mantine/core';
import { Select } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { readSector, sectorLabel, sectorMatches, sectorOptions } from '@api/nace';
import { useSectorNames } from './useSectorNames';

/**
 * NACE Rev. 2.1 sections with their divisions, found by a word of the title, an everyday word
 * for the trade ("bake" finds division 10) or the code. A Rev. 2 section kept from an older
 * record stays shown, marked as such, until another is chosen.
 */
export function SectorSelect(props: { value: string | null; onChange: (v: string | null) => void; error?: string | undefined }) {
  const { t } = useTranslation();
  const names = useSectorNames();
  const { data, searchText } = useMemo(() => {
    if (!names) return { data: [], searchText: new Map<string, string>() };
    const options = sectorOptions(names.nace);
    const items: (ComboboxItem & { level?: string })[] = options.map((o) => ({ value: o.value, label: o.label, level: o.level }));
    if (props.value && readSector(props.value)?.revision === '2') items.unshift({ value: props.value, label: sectorLabel(props.value, names) });
    return { data: items, searchText: new Map(options.map((o) => [o.value, o.searchText])) };
  }, [names, props.value]);
  const filter: OptionsFilter = ({ options, search }) =>
    search.trim() === '' ? options : options.filter((o) => 'value' in o && sectorMatches(searchText.get(o.value) ?? o.label.toLowerCase(), search));

  return (
    <Select
      label={t('sme.sector')}
      description={t('sme.sectorHint')}
      data={data}
      value={names ? props.value : null}
      placeholder={names ? undefined : t('common.loading')}
      disabled={!names}
      onChange={props.onChange}
      searchable
      clearable
      filter={filter}
      nothingFoundMessage={t('sme.sectorNothing')}
      renderOption={({ option }) => <span style={{ paddingLeft: (option as { level?: string }).level === 'division' ? 16 : 0, fontWeight: (option as { level?: string }).level === 'section' ? 600 : undefined }}>{option.label}</span>}
      error={props.error}
      maxDropdownHeight={320}
    />
  );
}
