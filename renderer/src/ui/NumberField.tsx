import { TextInput, type TextInputProps } from '@mantine/core';
import type { NumberRules } from '@api/numbers';
import { readNumber } from '@api/numbers';
import i18next from 'i18next';
import { numberText, type TypedNumber } from './numbers';

type Props = Omit<TextInputProps, 'value' | 'onChange' | 'type'> & {
  value: TypedNumber;
  rules: NumberRules;
  onChange: (typed: string) => void;
};

/**
 * A number typed the way the interface language writes it. The text stays exactly as typed while
 * it is being typed; the form's check says at the field what cannot be read. On leaving the field
 * a readable number is written back the language's way ("120.5" -> "120,5" in Lithuanian), so
 * the facilitator sees how the app understood it.
 */
export function NumberField({ value, rules, onChange, onBlur, ...props }: Props) {
  const text = typeof value === 'number' ? numberText(value) : (value ?? '');
  return (
    <TextInput
      {...props}
      inputMode={rules.integer ? 'numeric' : 'decimal'}
      autoComplete="off"
      value={text}
      onChange={(e) => onChange(e.currentTarget.value)}
      onBlur={(e) => {
        const r = readNumber(text, i18next.language || 'en', rules);
        if (r.ok && r.value !== null && numberText(r.value) !== text) onChange(numberText(r.value));
        onBlur?.(e);
      }}
    />
  );
}
