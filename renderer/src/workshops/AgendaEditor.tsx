import { ActionIcon, Badge, Button, Group, Modal, NumberInput, Select, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { PlannedRow } from '@api/agenda';
import { plannedAgenda, WORKSHOP_MINUTES } from '@api/agenda';
import type { AgendaRow } from '@api/library';
import type { AgendaItem, WorkshopRecord } from '@api/workshops';
import { AgendaItemInput } from '@api/workshops';
import { api } from '../api';
import { SaveStatus } from '../ui/SaveStatus';
import { schemaMessages } from '../saving/validation';
import { useStoredAutosave } from '../saving/useStoredAutosave';

interface EditorRow {
  key: string;
  /** The guide block, or null for a block added for this workshop. */
  blockId: string | null;
  /** The added block's title; for a guide block, a title stored for it earlier ('' = the guide's). */
  title: string;
  planned: number | string;
  actual: number | string;
}

/** `adapted: false` is the guide's own agenda: it is stored as an empty list and follows the guide. */
interface AgendaForm {
  adapted: boolean;
  rows: EditorRow[];
}

const Items = z.array(AgendaItemInput).max(40);
let seed = 0;
const newKey = () => `a${Date.now().toString(36)}${(seed++).toString(36)}`;
const minutes = (v: number | string) => (typeof v === 'number' ? v : v.trim() === '' ? Number.NaN : Number(v));
const toItems = (form: AgendaForm): AgendaItem[] =>
  form.adapted
    ? form.rows.map((r) => ({ blockId: r.blockId, title: r.title, plannedMinutes: minutes(r.planned), actualMinutes: r.actual === '' ? null : minutes(r.actual) }))
    : [];
const fromRows = (rows: PlannedRow[]): EditorRow[] =>
  rows.map((r) => ({ key: r.id, blockId: r.blockId, title: r.blockId === null ? r.title : r.ownTitle, planned: r.minutes, actual: r.actualMinutes ?? '' }));

/**
 * The workshop's own agenda: the guide's blocks reordered, shortened or left out, blocks added
 * for this SME, and the minutes each block actually took. Live mode and the minutes follow it.
 */
export function AgendaEditor({ record, guide, onSaved }: { record: WorkshopRecord; guide: AgendaRow[]; onSaved: (r: WorkshopRecord) => void }) {
  const { t } = useTranslation();
  const [confirmReset, setConfirmReset] = useState(false);
  const [putBack, setPutBack] = useState<string | null>(null);
  const stored = useStoredAutosave({
    storageKey: `socialsme.agenda.${record.id}`,
    initial: (): AgendaForm => ({ adapted: record.agenda.length > 0, rows: fromRows(plannedAgenda(guide, record.agenda)) }),
    check: (form: AgendaForm) => schemaMessages(Items, toItems(form), t),
    save: (form: AgendaForm) => api['workshops.setAgenda']({ id: record.id, items: toItems(form) }),
    onSaved,
    serverPrefix: 'items.',
  });
  const { rows } = stored.form;
  const { errors } = stored;

  const change = (next: EditorRow[]) => stored.update({ adapted: true, rows: next });
  const set = (index: number, patch: Partial<EditorRow>) => change(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const move = (index: number, delta: number) => {
    const next = [...rows];
    const [row] = next.splice(index, 1);
    next.splice(index + delta, 0, row!);
    change(next);
  };
  const guideRow = (r: EditorRow) => guide.find((g) => g.id === r.blockId);
  const titleOf = (r: EditorRow, i: number) => r.title || guideRow(r)?.title || t('workshop.agenda.addedN', { n: i + 1 });
  const missing = guide.filter((g) => !rows.some((r) => r.blockId === g.id));
  const planned = rows.reduce((sum, r) => sum + (Number.isFinite(minutes(r.planned)) ? minutes(r.planned) : 0), 0);
  const actual = rows.reduce((sum, r) => sum + (r.actual !== '' && Number.isFinite(minutes(r.actual)) ? minutes(r.actual) : 0), 0);
  const recorded = rows.some((r) => r.actual !== '');
  const gap = planned - WORKSHOP_MINUTES;

  const restoreBlock = () => {
    const block = guide.find((g) => g.id === putBack);
    if (!block) return;
    // Back where the guide has it, after the guide blocks that come before it.
    const before = new Set(guide.slice(0, guide.indexOf(block)).map((g) => g.id));
    let at = 0;
    rows.forEach((r, i) => {
      if (r.blockId && before.has(r.blockId)) at = i + 1;
    });
    change([...rows.slice(0, at), { key: block.id, blockId: block.id, title: '', planned: block.minutes, actual: '' }, ...rows.slice(at)]);
    setPutBack(null);
  };

  return (
    <Stack gap="sm" data-agenda-editor>
      <Group justify="space-between">
        <Group gap="xs">
          <Title order={3} size="h4">{t('workshop.agenda.title')}</Title>
          <Badge variant="outline" color={stored.form.adapted ? 'grape.9' : 'gray.8'}>
            {stored.form.adapted ? t('workshop.agenda.adapted') : t('workshop.agenda.asGuide')}
          </Badge>
        </Group>
        <SaveStatus state={stored.state} />
      </Group>
      <Text size="sm" c="dimmed">{t('workshop.agenda.hint')}</Text>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">{t('workshop.agenda.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={36}>#</Table.Th>
                <Table.Th>{t('workshop.agenda.block')}</Table.Th>
                <Table.Th w={120}>{t('workshop.agenda.planned')}</Table.Th>
                <Table.Th w={120}>{t('workshop.agenda.actual')}</Table.Th>
                <Table.Th w={120}><VisuallyHidden>{t('workshop.rowActions')}</VisuallyHidden></Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r, i) => {
                const title = titleOf(r, i);
                const fromGuide = guideRow(r);
                return (
                  <Table.Tr key={r.key} data-agenda-row={r.blockId ?? 'added'}>
                    <Table.Td>{i + 1}</Table.Td>
                    <Table.Td>
                      {r.blockId === null ? (
                        <TextInput
                          size="sm"
                          aria-label={t('workshop.agenda.titleN', { n: i + 1 })}
                          placeholder={t('workshop.agenda.titlePlaceholder')}
                          value={r.title}
                          error={errors[`${i}.title`]}
                          onChange={(e) => set(i, { title: e.currentTarget.value })}
                          onBlur={() => void stored.flush()}
                        />
                      ) : (
                        <Stack gap={0}>
                          <Text size="sm" fw={500}>{title}</Text>
                          {fromGuide && fromGuide.minutes !== minutes(r.planned) && (
                            <Text size="xs" c="dimmed">{t('workshop.agenda.guideMinutes', { count: fromGuide.minutes })}</Text>
                          )}
                        </Stack>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <NumberInput
                        size="sm"
                        min={1}
                        max={600}
                        allowDecimal={false}
                        allowNegative={false}
                        aria-label={t('workshop.agenda.plannedOf', { title })}
                        value={r.planned}
                        error={errors[`${i}.plannedMinutes`]}
                        onChange={(v) => set(i, { planned: v })}
                        onBlur={() => void stored.flush()}
                      />
                    </Table.Td>
                    <Table.Td>
                      <NumberInput
                        size="sm"
                        min={0}
                        max={600}
                        allowDecimal={false}
                        allowNegative={false}
                        aria-label={t('workshop.agenda.actualOf', { title })}
                        placeholder="–"
                        value={r.actual}
                        error={errors[`${i}.actualMinutes`]}
                        onChange={(v) => set(i, { actual: v })}
                        onBlur={() => void stored.flush()}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <ActionIcon variant="subtle" color="dark" aria-label={t('workshop.agenda.moveUp', { title })} disabled={i === 0} onClick={() => move(i, -1)}>↑</ActionIcon>
                        <ActionIcon variant="subtle" color="dark" aria-label={t('workshop.agenda.moveDown', { title })} disabled={i === rows.length - 1} onClick={() => move(i, 1)}>↓</ActionIcon>
                        <ActionIcon variant="subtle" color="red.9" aria-label={t('workshop.agenda.remove', { title })} onClick={() => change(rows.filter((_, j) => j !== i))}>×</ActionIcon>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group gap="md" data-agenda-total={planned}>
        <Text size="sm" fw={600}>{t('workshop.agenda.total', { minutes: planned, target: WORKSHOP_MINUTES })}</Text>
        {gap !== 0 && (
          <Text size="sm" fw={600} c={gap > 0 ? 'red.9' : 'orange.9'}>
            {gap > 0 ? t('workshop.agenda.over', { count: gap }) : t('workshop.agenda.under', { count: -gap })}
          </Text>
        )}
        {recorded && <Text size="sm">{t('workshop.agenda.actualTotal', { minutes: actual })}</Text>}
      </Group>
      <Group gap="sm" align="flex-end">
        <Button variant="default" onClick={() => change([...rows, { key: newKey(), blockId: null, title: '', planned: 15, actual: '' }])}>
          {t('workshop.agenda.add')}
        </Button>
        {missing.length > 0 && (
          <Group gap="xs" align="flex-end">
            <Select
              label={t('workshop.agenda.putBackLabel')}
              placeholder={t('workshop.agenda.putBackPlaceholder')}
              data={missing.map((g) => ({ value: g.id, label: `${g.title} (${t('workshop.live.minutes', { count: g.minutes })})` }))}
              value={putBack}
              onChange={setPutBack}
              w={320}
            />
            <Button variant="default" disabled={!putBack} onClick={restoreBlock}>{t('workshop.agenda.putBack')}</Button>
          </Group>
        )}
        {stored.form.adapted && (
          <Button variant="default" onClick={() => setConfirmReset(true)}>{t('workshop.agenda.reset')}</Button>
        )}
      </Group>
      <Modal opened={confirmReset} onClose={() => setConfirmReset(false)} title={t('workshop.agenda.resetTitle')}>
        <Text mb="md">{t('workshop.agenda.resetText')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setConfirmReset(false)}>{t('common.cancel')}</Button>
          <Button
            color="red.9"
            onClick={() => {
              stored.update({ adapted: false, rows: fromRows(plannedAgenda(guide, [])) });
              setConfirmReset(false);
            }}
          >
            {t('workshop.agenda.resetConfirm')}
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}
