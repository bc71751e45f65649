import type { ComboboxData, ComboboxItem, OptionsFilter } from '@mantine/core';
import type { KeyboardEvent } from 'react';
import { Select } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryOptions } from '@api/countries';
import { fold } from '@api/text';

/** Typing "lietuv" or "lithu" both work: matching ignores case and diacritics. */
export const foldFilter: OptionsFilter = ({ options, search }) => {
  const needle = fold(search.trim());
  const match = (item: ComboboxItem) => fold(item.label).includes(needle);
  return options
    .map((entry) => ('items' in entry ? { ...entry, items: entry.items.filter(match) } : entry))
    .filter((entry) => ('items' in entry ? entry.items.length > 0 : match(entry as ComboboxItem)));
};

/** The first option the filter leaves for a typed text, across groups. */
function firstMatch(data: ComboboxData, search: string): string | undefined {
  const options = (data as (ComboboxItem | { group: string; items: ComboboxItem[] })[]);
  for (const entry of foldFilter({ options, search, limit: Infinity })) {
    const item = 'items' in entry ? entry.items[0] : (entry as ComboboxItem);
    if (item) return item.value;
  }
  return undefined;
}

/**
 * Enter takes the marked option, or the first match when none is marked. The component's own Enter
 * can miss the option it marked (a timer set when the list opens resets its index), and then a quick
 * "Lith" + Enter submitted the form with no country instead. Clicking the shown option goes through
 * the component's own path (value, text, closing); with no list on screen yet, the filter's first
 * match is chosen directly.
 */
function enterTakesFirstMatch(event: KeyboardEvent<HTMLInputElement>, data: ComboboxData, choose: (value: string) => void) {
  const input = event.currentTarget;
  if (event.key !== 'Enter' || event.nativeEvent.isComposing || !input.hasAttribute('data-expanded')) return;
  const list = document.getElementById(input.getAttribute('aria-controls') ?? '');
  const shown = list?.querySelector<HTMLElement>('[data-combobox-selected]')
    ?? list?.querySelector<HTMLElement>('[data-combobox-option]:not([data-combobox-disabled])');
  if (shown) {
    event.preventDefault();
    shown.click();
    return;
  }
  const value = firstMatch(data, input.value);
  if (value === undefined) return;
  event.preventDefault();
  choose(value);
}

export function useCountryData() {
  const { t, i18n } = useTranslation();
  return useMemo(() => {
    const all = countryOptions(i18n.language);
    return [
      { group: t('country.partners'), items: all.filter((c) => c.partner).map((c) => ({ value: c.code, label: c.name })) },
      { group: t('country.others'), items: all.filter((c) => !c.partner).map((c) => ({ value: c.code, label: c.name })) },
    ];
  }, [i18n.language, t]);
}

export function countryName(code: string, language: string): string {
  return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
}

interface Props {
  label?: string;
  ariaLabel?: string;
  value: string | null;
  onChange: (value: string | null) => void;
  error?: string | undefined;
  required?: boolean;
  clearable?: boolean;
  placeholder?: string;
  /** A first option meaning "no country" (a filter's "Any country"), reachable from the keyboard; Escape chooses it too. */
  anyLabel?: string;
}

export function CountrySelect({ label, ariaLabel, value, onChange, error, required, clearable, placeholder, anyLabel }: Props) {
  const countries = useCountryData();
  const data = anyLabel ? [{ value: '', label: anyLabel }, ...countries] : countries;
  return (
    <Select
      label={label}
      aria-label={ariaLabel}
      data={data}
      value={value}
      onChange={(v) => onChange(v || null)}
      onKeyDown={(event) => {
        // In a filter, Escape means "any country": the field and the filter are cleared together.
        if (anyLabel && event.key === 'Escape') onChange(null);
        else enterTakesFirstMatch(event, data, (v) => onChange(v || null));
      }}
      searchable
      // "Lith" then Enter picks Lithuania: the first match is the one Enter takes.
      selectFirstOptionOnChange
      filter={foldFilter}
      error={error}
      required={required}
      clearable={clearable}
      placeholder={placeholder}
      allowDeselect={false}
      maxDropdownHeight={320}
    />
  );
}
