import { Table, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';

export interface Column<R> {
  header: ReactNode;
  width?: number;
  cell: (row: R, index: number) => ReactNode;
}

/**
 * The rows a facilitator edits in place (contacts, participants, homework, agenda blocks,
 * measurements): one row per item, a header per column, the row's buttons in the last column,
 * and a sentence instead of an empty table.
 */
export function RowTable<R>({ rows, rowKey, columns, empty, minWidth, actions, actionsHeader, actionsWidth = 44, fz, rowProps, renderRow }: {
  rows: readonly R[];
  rowKey: (row: R) => string;
  columns: Column<R>[];
  /** Shown instead of the table while there are no rows. */
  empty: string;
  minWidth: number;
  actions: (row: R, index: number) => ReactNode;
  /** The last column's header; hidden from sight (but read out) when it is a plain string. */
  actionsHeader: string | { visible: string };
  actionsWidth?: number;
  fz?: string;
  /** Attributes of a row (data-* hooks for tests and styles). */
  rowProps?: (row: R, index: number) => Record<string, string>;
  /** A row drawn differently (being edited): its own <Table.Tr>, or null for the columns. */
  renderRow?: (row: R, index: number) => ReactNode | null;
}) {
  if (rows.length === 0) return <Text c="dimmed" size="sm">{empty}</Text>;
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table verticalSpacing={4} fz={fz}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((c, i) => (
              <Table.Th key={i} w={c.width}>{c.header}</Table.Th>
            ))}
            <Table.Th w={typeof actionsHeader === 'string' ? actionsWidth : undefined}>
              {typeof actionsHeader === 'string' ? <VisuallyHidden>{actionsHeader}</VisuallyHidden> : actionsHeader.visible}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, i) => {
            const own = renderRow?.(row, i);
            if (own) return own;
            return (
              <Table.Tr key={rowKey(row)} {...rowProps?.(row, i)}>
                {columns.map((c, j) => (
                  <Table.Td key={j}>{c.cell(row, i)}</Table.Td>
                ))}
                <Table.Td>{actions(row, i)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
