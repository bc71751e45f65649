import type { MantineSize } from '@mantine/core';
import { Button, Group, NativeSelect, Radio, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldView } from '@api/library';
import { NUMBER_FIELDS } from '@api/numbers';
import { assertNever } from '@api/result';
import { NumberField } from '../ui/NumberField';
import { numberProblem, numberText, typedValue } from '../ui/numbers';

export type Scalar = string | number | null;

interface Props {
  field: FieldView;
  value: Scalar;
  onChange: (value: Scalar) => void;
  onBlur: () => void;
  error?: string;
  large?: boolean;
  /** In a table cell: no visible label (the column header shows it), `label` is the accessible name. */
  cell?: { label: string };
}

const range = (field: FieldView) => {
  const min = field.min ?? 1;
  const max = field.max ?? 5;
  return Array.from({ length: Math.max(0, max - min + 1) }, (_, i) => min + i);
};

/**
 * A worksheet number: the text stays as typed ("120," while typing "120,5"); what can be read is
 * stored as the number, what cannot is sent as typed (the app refuses it, so it is kept as a
 * draft) and the reason is shown at the field.
 */
function WorksheetNumber({ value, onChange, error, ...common }: Omit<Props, 'field' | 'large' | 'cell'> & { label?: string; 'aria-label'?: string; description?: string; size: MantineSize }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState(() => (typeof value === 'number' ? numberText(value) : (value ?? '')));
  const rules = NUMBER_FIELDS.measure;
  // The stored value changed elsewhere (a draft put back, another window): show that instead.
  const current = typedValue(typed, rules);
  const inStep = value === typed || (value === null ? current === null : current === value);
  const text = inStep ? typed : typeof value === 'number' ? numberText(value) : (value ?? '');
  return (
    <NumberField
      {...common}
      rules={rules}
      value={text}
      error={numberProblem(text, rules, t) ?? error}
      onChange={(next) => {
        setTyped(next);
        const n = typedValue(next, rules);
        onChange(Number.isNaN(n) ? next : n);
      }}
    />
  );
}

/** One worksheet field (or one table cell) by its type. */
export function FieldInput({ field, value, onChange, onBlur, error, large, cell }: Props) {
  const { t } = useTranslation();
  const size: MantineSize = large ? 'lg' : cell ? 'sm' : 'md';
  const common = {
    label: cell ? undefined : field.label,
    'aria-label': cell ? cell.label : undefined,
    description: cell ? undefined : (field.help ?? undefined),
    error,
    size,
    onBlur,
  };
  const text = typeof value === 'string' ? value : value === null ? '' : String(value);

  switch (field.type) {
    case 'text':
      return <TextInput {...common} value={text} onChange={(e) => onChange(e.currentTarget.value)} />;
    case 'longtext':
      return <Textarea {...common} autosize minRows={cell ? 1 : large ? 3 : 2} value={text} onChange={(e) => onChange(e.currentTarget.value)} />;
    case 'number':
      return <WorksheetNumber {...common} value={value} onChange={onChange} />;
    case 'date':
      return <TextInput {...common} type="date" value={text} onChange={(e) => onChange(e.currentTarget.value === '' ? null : e.currentTarget.value)} />;
    case 'rating':
    case 'choice': {
      const options =
        field.type === 'rating'
          ? range(field).map((n) => ({ value: String(n), label: String(n) }))
          : (field.options ?? []).map((o) => ({ value: o.id, label: o.label }));
      const parse = (v: string): Scalar => (v === '' ? null : field.type === 'rating' ? Number(v) : v);
      if (cell) {
        return (
          <NativeSelect
            {...common}
            data={[{ value: '', label: t('workshop.notChosen') }, ...options]}
            value={value === null ? '' : String(value)}
            onChange={(e) => onChange(parse(e.currentTarget.value))}
          />
        );
      }
      return (
        <Radio.Group {...common} value={value === null ? null : String(value)} onChange={(v) => onChange(parse(v))}>
          <Group gap={large ? 'lg' : 'md'} mt={6} align="center">
            {options.map((o) => <Radio key={o.value} value={o.value} label={o.label} size={large ? 'md' : 'sm'} onBlur={onBlur} />)}
            {value !== null && (
              <Button variant="subtle" size="compact-sm" onClick={() => onChange(null)} aria-label={t('workshop.clearField', { field: field.label })}>
                {t('workshop.clear')}
              </Button>
            )}
          </Group>
        </Radio.Group>
      );
    }
    case 'table':
      return null;
    default:
      return assertNever(field.type);
  }
}
