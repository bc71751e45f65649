import { ActionIcon, Autocomplete, Button, Checkbox, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { WorkshopRecord } from '@api/workshops';
import { HomeworkInput } from '@api/workshops';
import { api } from '../api';
import { SaveStatus } from '../ui/SaveStatus';
import { schemaMessages } from '../saving/validation';
import { useSavedForm } from '../saving/useSavedForm';
import { blankNewRows, isStoredKey, newKey } from '../ui/rowKey';
import { RowTable } from '../ui/RowTable';
import { useRemoveRow } from '../ui/undo';
import { todayIso } from '../ui/dates';

interface HomeworkRow {
  key: string;
  task: string;
  owner: string;
  dueDate: string;
  done: boolean;
}

const Items = z.array(HomeworkInput).max(100);
const blankTasks = (rows: HomeworkRow[]) => blankNewRows(rows, (r) => !isStoredKey(r.key), (r) => [r.task, r.owner, r.dueDate]);
const toInput = (rows: HomeworkRow[]) => rows.map(({ task, owner, dueDate, done }) => ({ task, owner, dueDate: dueDate || null, done }));

const rowsOf = (record: WorkshopRecord): HomeworkRow[] => record.homework.map((h) => ({ key: h.id, task: h.task, owner: h.owner, dueDate: h.dueDate ?? '', done: h.done }));
const baseOf = (record: WorkshopRecord) => ({ version: record.updatedAt, part: toInput(rowsOf(record)) });

/** What the SME does before the next workshop: task, who, by when, done. */
export function HomeworkEditor({ record, people, onSaved }: { record: WorkshopRecord; people: string[]; onSaved: (r: WorkshopRecord) => void }) {
  const { t } = useTranslation();
  const stored = useSavedForm({
    draftKey: `socialsme.homework.${record.id}`,
    initial: () => rowsOf(record),
    base: baseOf(record),
    baseOf,
    check: (rows: HomeworkRow[]) => blankTasks(rows).quiet(schemaMessages(Items, toInput(rows), t)),
    send: (rows: HomeworkRow[]) => api['workshops.setHomework']({ id: record.id, items: toInput(blankTasks(rows).kept) }),
    onSaved,
    refusalPrefix: 'items.',
  });
  const { form: rows, errors } = stored;
  const set = (index: number, patch: Partial<HomeworkRow>) => stored.update(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const owners = [...new Set(people.filter(Boolean))];
  const removeRow = useRemoveRow(rows, stored.update, (r) => r.key);

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3} size="h4">{t('workshop.homeworkTitle')}</Title>
        <SaveStatus state={stored.state} />
      </Group>
      <RowTable
        rows={rows}
        rowKey={(r) => r.key}
        empty={t('workshop.noHomework')}
        minWidth={640}
        columns={[
          { header: t('workshop.done'), width: 60, cell: (r, i) => <Checkbox aria-label={t('workshop.doneN', { n: i + 1 })} checked={r.done} onChange={(e) => set(i, { done: e.currentTarget.checked })} /> },
          {
            header: t('workshop.task'),
            cell: (r, i) => <TextInput size="sm" aria-label={t('workshop.taskN', { n: i + 1 })} value={r.task} error={errors[`${i}.task`]} onChange={(e) => set(i, { task: e.currentTarget.value })} onBlur={() => void stored.flush()} />,
          },
          {
            header: t('workshop.owner'),
            width: 200,
            cell: (r, i) => <Autocomplete size="sm" aria-label={t('workshop.ownerN', { n: i + 1 })} data={owners} value={r.owner} error={errors[`${i}.owner`]} onChange={(v) => set(i, { owner: v })} onBlur={() => void stored.flush()} />,
          },
          {
            header: t('workshop.dueDate'),
            width: 170,
            cell: (r, i) => (
              <TextInput
                size="sm" type="date" aria-label={t('workshop.dueDateN', { n: i + 1 })} value={r.dueDate} error={errors[`${i}.dueDate`]}
                // Overdue homework is flagged as overdue activities are: open, and its day has passed.
                description={!r.done && r.dueDate && r.dueDate < todayIso() ? <Text span size="xs" c="red.9" fw={600}>{t('workshop.homeworkOverdue')}</Text> : undefined}
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                onChange={(e) => set(i, { dueDate: e.currentTarget.value })} onBlur={() => void stored.flush()}
              />
            ),
          },
        ]}
        actionsHeader={t('workshop.rowActions')}
        actions={(r, i) => (
          <ActionIcon variant="subtle" color="red" aria-label={t('workshop.removeTaskN', { n: i + 1 })} onClick={() => removeRow(i, r.task.trim() ? t('undo.homework', { name: r.task.trim() }) : t('undo.emptyRow'))}>
            ×
          </ActionIcon>
        )}
      />
      <Group>
        <Button variant="default" onClick={() => stored.update([...rows, { key: newKey('h'), task: '', owner: '', dueDate: '', done: false }])}>
          {t('workshop.addTask')}
        </Button>
      </Group>
    </Stack>
  );
}
