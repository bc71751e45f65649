import { ActionIcon, Autocomplete, Button, Checkbox, Group, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { WorkshopRecord } from '@api/workshops';
import { HomeworkInput } from '@api/workshops';
import { api } from '../api';
import { SaveStatus } from '../ui/SaveStatus';
import { schemaMessages } from '../saving/validation';
import { useStoredAutosave } from '../saving/useStoredAutosave';

interface HomeworkRow {
  key: string;
  task: string;
  owner: string;
  dueDate: string;
  done: boolean;
}

const Items = z.array(HomeworkInput).max(100);
let seed = 0;
const newKey = () => `h${Date.now().toString(36)}${(seed++).toString(36)}`;
const toInput = (rows: HomeworkRow[]) => rows.map(({ task, owner, dueDate, done }) => ({ task, owner, dueDate: dueDate || null, done }));

/** What the SME does before the next workshop: task, who, by when, done. */
export function HomeworkEditor({ record, people, onSaved }: { record: WorkshopRecord; people: string[]; onSaved: (r: WorkshopRecord) => void }) {
  const { t } = useTranslation();
  const stored = useStoredAutosave({
    storageKey: `socialsme.homework.${record.id}`,
    initial: (): HomeworkRow[] => record.homework.map((h) => ({ key: h.id, task: h.task, owner: h.owner, dueDate: h.dueDate ?? '', done: h.done })),
    check: (rows: HomeworkRow[]) => schemaMessages(Items, toInput(rows), t),
    save: (rows: HomeworkRow[]) => api['workshops.setHomework']({ id: record.id, items: toInput(rows) }),
    onSaved,
    serverPrefix: 'items.',
  });
  const { form: rows, errors } = stored;
  const set = (index: number, patch: Partial<HomeworkRow>) => stored.update(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const owners = [...new Set(people.filter(Boolean))];

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3} size="h4">{t('workshop.homeworkTitle')}</Title>
        <SaveStatus state={stored.state} />
      </Group>
      {rows.length === 0 ? (
        <Text c="dimmed" size="sm">{t('workshop.noHomework')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={60}>{t('workshop.done')}</Table.Th>
                <Table.Th>{t('workshop.task')}</Table.Th>
                <Table.Th w={200}>{t('workshop.owner')}</Table.Th>
                <Table.Th w={170}>{t('workshop.dueDate')}</Table.Th>
                <Table.Th w={44}><VisuallyHidden>{t('workshop.rowActions')}</VisuallyHidden></Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r, i) => (
                <Table.Tr key={r.key}>
                  <Table.Td>
                    <Checkbox aria-label={t('workshop.doneN', { n: i + 1 })} checked={r.done} onChange={(e) => set(i, { done: e.currentTarget.checked })} />
                  </Table.Td>
                  <Table.Td>
                    <TextInput size="sm" aria-label={t('workshop.taskN', { n: i + 1 })} value={r.task} error={errors[`${i}.task`]} onChange={(e) => set(i, { task: e.currentTarget.value })} onBlur={() => void stored.flush()} />
                  </Table.Td>
                  <Table.Td>
                    <Autocomplete size="sm" aria-label={t('workshop.ownerN', { n: i + 1 })} data={owners} value={r.owner} error={errors[`${i}.owner`]} onChange={(v) => set(i, { owner: v })} onBlur={() => void stored.flush()} />
                  </Table.Td>
                  <Table.Td>
                    <TextInput size="sm" type="date" aria-label={t('workshop.dueDateN', { n: i + 1 })} value={r.dueDate} error={errors[`${i}.dueDate`]} onChange={(e) => set(i, { dueDate: e.currentTarget.value })} onBlur={() => void stored.flush()} />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon variant="subtle" color="red" aria-label={t('workshop.removeTaskN', { n: i + 1 })} onClick={() => stored.update(rows.filter((_, j) => j !== i))}>
                      ×
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group>
        <Button variant="default" onClick={() => stored.update([...rows, { key: newKey(), task: '', owner: '', dueDate: '', done: false }])}>
          {t('workshop.addTask')}
        </Button>
      </Group>
    </Stack>
  );
}
