import { ActionIcon, Box, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldView } from '@api/library';
import type { Scalar } from './FieldInput';
import { FieldInput } from './FieldInput';

export type Row = Record<string, Scalar>;

interface Props {
  field: FieldView;
  rows: Row[];
  onChange: (rows: Row[]) => void;
  onBlur: () => void;
  /** Column path "<row>.<column>" -> translated message. */
  errors: Record<string, string>;
  large?: boolean;
}

const WIDTH: Record<string, number> = { text: 180, longtext: 240, number: 110, date: 160, rating: 90, choice: 150 };

/**
 * A worksheet table: one row per activity, stakeholder, indicator… Rows are added as the group
 * talks; the printed handout's empty rows (minRows) are not forced on the screen.
 */
export function TableField({ field, rows, onChange, onBlur, errors, large }: Props) {
  const { t } = useTranslation();
  const columns = field.columns ?? [];
  const widthOf = (type: string) => Math.round((WIDTH[type] ?? 150) * (large ? 1.3 : 1));
  // Stable keys so that removing a row does not move focus or text into its neighbour.
  const keys = useRef<string[]>([]);
  const seed = useRef(0);
  const emptyRow = (): Row => Object.fromEntries(columns.map((c) => [c.id, null]));
  // With no rows yet, one empty row is shown to type into; it is stored once something is typed.
  const shown = rows.length > 0 ? rows : [emptyRow()];
  while (keys.current.length < shown.length) keys.current.push(`r${seed.current++}`);
  keys.current.length = shown.length;
  const setCell = (index: number, columnId: string, value: Scalar) =>
    onChange(shown.map((r, i) => (i === index ? { ...r, [columnId]: value } : r)));
  const removeRow = (index: number) => {
    keys.current.splice(index, 1);
    onChange(rows.filter((_, i) => i !== index));
  };

  return (
    <Box role="group" aria-label={field.label}>
      <Text fw={600} size={large ? 'xl' : 'md'}>{field.label}</Text>
      {field.help && <Text size="sm" c="dimmed">{field.help}</Text>}
      <Table.ScrollContainer minWidth={columns.reduce((sum, c) => sum + widthOf(c.type), 80)} mt={6}>
        <Table withTableBorder withColumnBorders verticalSpacing={4} horizontalSpacing={6} fz={large ? 'md' : 'sm'}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={36}>#</Table.Th>
              {columns.map((c) => <Table.Th key={c.id} miw={widthOf(c.type)}>{c.label}</Table.Th>)}
              <Table.Th w={44}><VisuallyHidden>{t('workshop.rowActions')}</VisuallyHidden></Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((row, i) => (
              <Table.Tr key={keys.current[i]}>
                <Table.Td c="dimmed">{i + 1}</Table.Td>
                {columns.map((c) => (
                  <Table.Td key={c.id} style={{ verticalAlign: 'top' }}>
                    <FieldInput
                      field={c}
                      value={row[c.id] ?? null}
                      cell={{ label: t('workshop.cellLabel', { column: c.label, n: i + 1 }) }}
                      error={errors[`${i}.${c.id}`]}
                      large={large}
                      onChange={(v) => setCell(i, c.id, v)}
                      onBlur={onBlur}
                    />
                  </Table.Td>
                ))}
                <Table.Td>
                  {i < rows.length && (
                    <ActionIcon variant="subtle" color="red" aria-label={t('workshop.removeRow', { n: i + 1 })} onClick={() => removeRow(i)}>
                      ×
                    </ActionIcon>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group mt={6}>
        <Button variant="default" size={large ? 'md' : 'xs'} onClick={() => onChange([...shown, emptyRow()])}>
          {t('workshop.addRow')}
        </Button>
      </Group>
    </Box>
  );
}
