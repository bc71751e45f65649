import type { MantineSize } from '@mantine/core';
import { Button, Group, NativeSelect, NumberInput, Radio, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldView } from '@api/library';
import { assertNever } from '@api/result';

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

/** A number input hands back '' when emptied and a string while a number is half typed. */
function fromNumberInput(v: number | string): Scalar {
  if (typeof v === 'number') return v;
  const trimmed = v.trim();
  if (trimmed === '') return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : v;
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
      return (
        <NumberInput
          {...common}
          value={typeof value === 'number' || typeof value === 'string' ? value : ''}
          decimalSeparator="."
          onChange={(v) => onChange(fromNumberInput(v))}
        />
      );
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
