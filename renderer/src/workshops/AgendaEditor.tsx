import { ActionIcon, Badge, Button, Group, Modal, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { PlannedRow } from '@api/agenda';
import { plannedAgenda, WORKSHOP_MINUTES } from '@api/agenda';
import type { AgendaRow } from '@api/library';
import type { AgendaItem, WorkshopRecord } from '@api/workshops';
import { AgendaItemInput } from '@api/workshops';
import type { NumberRules } from '@api/numbers';
import { NUMBER_FIELDS } from '@api/numbers';
import { api } from '../api';
import { NumberField } from '../ui/NumberField';
import { numberMessages, numberText, typedValue } from '../ui/numbers';
import { SaveStatus } from '../ui/SaveStatus';
import { schemaMessages } from '../saving/validation';
import { useSavedForm } from '../saving/useSavedForm';
import { newKey } from '../ui/rowKey';
import { useRemoveRow } from '../ui/undo';
import { RowTable } from '../ui/RowTable';

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
/** Typed minutes as a number; NaN (held back by the check) when empty or unreadable. */
const minutes = (v: number | string, rules: NumberRules = NUMBER_FIELDS.minutes) => typedValue(v, rules) ?? Number.NaN;
const isEmpty = (v: number | string) => typeof v === 'string' && v.trim() === '';
const toItems = (form: AgendaForm): AgendaItem[] =>
  form.adapted
    ? form.rows.map((r) => ({ blockId: r.blockId, title: r.title, plannedMinutes: minutes(r.planned), actualMinutes: isEmpty(r.actual) ? null : minutes(r.actual, NUMBER_FIELDS.actualMinutes) }))
    : [];
const fromRows = (rows: PlannedRow[]): EditorRow[] =>
  rows.map((r) => ({ key: r.id, blockId: r.blockId, title: r.blockId === null ? r.title : r.ownTitle, planned: numberText(r.minutes), actual: numberText(r.actualMinutes) }));

const agendaBase = (r: WorkshopRecord) => ({ version: r.updatedAt, part: r.agenda });

/**
 * The workshop's own agenda: the guide's blocks reordered, shortened or left out, blocks added
 * for this SME, and the minutes each block actually took. Live mode and the minutes follow it.
 */
export function AgendaEditor({ record, guide, onSaved }: { record: WorkshopRecord; guide: AgendaRow[]; onSaved: (r: WorkshopRecord) => void }) {
  const { t } = useTranslation();
  const [confirmReset, setConfirmReset] = useState(false);
  const [putBack, setPutBack] = useState<string | null>(null);
  // A draft typed before live mode recorded the minutes is not sent over them (the part differs).
  const stored = useSavedForm({
    draftKey: `socialsme.agenda.${record.id}`,
    initial: (): AgendaForm => ({ adapted: record.agenda.length > 0, rows: fromRows(plannedAgenda(guide, record.agenda)) }),
    base: agendaBase(record),
    baseOf: agendaBase,
    check: (form: AgendaForm) => ({
      ...schemaMessages(Items, toItems(form), t),
      ...(form.adapted ? numberMessages(Object.fromEntries(form.rows.flatMap((r, i) => [
        [`${i}.plannedMinutes`, [r.planned, NUMBER_FIELDS.minutes]],
        [`${i}.actualMinutes`, [r.actual, NUMBER_FIELDS.actualMinutes]],
      ])), t) : {}),
    }),
    send: (form: AgendaForm) => api['workshops.setAgenda']({ id: record.id, items: toItems(form) }),
    onSaved,
    refusalPrefix: 'items.',
  });
  const { rows } = stored.form;
  const { errors } = stored;

  const change = (next: EditorRow[]) => stored.update({ adapted: true, rows: next });
  const removeRow = useRemoveRow(rows, change, (r) => r.key);
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
  const actual = rows.reduce((sum, r) => sum + (!isEmpty(r.actual) && Number.isFinite(minutes(r.actual, NUMBER_FIELDS.actualMinutes)) ? minutes(r.actual, NUMBER_FIELDS.actualMinutes) : 0), 0);
  const recorded = rows.some((r) => !isEmpty(r.actual));
  const gap = planned - WORKSHOP_MINUTES;

  /** Planned or actual minutes of a block; the actual ones stay empty until the block was held. */
  const minutesInput = (r: EditorRow, i: number, which: 'planned' | 'actual') => (
    <NumberField
      size="sm"
      rules={which === 'planned' ? NUMBER_FIELDS.minutes : NUMBER_FIELDS.actualMinutes}
      aria-label={t(which === 'planned' ? 'workshop.agenda.plannedOf' : 'workshop.agenda.actualOf', { title: titleOf(r, i) })}
      placeholder={which === 'actual' ? '–' : undefined}
      value={r[which]}
      error={errors[`${i}.${which}Minutes`]}
      onChange={(v) => set(i, { [which]: v })}
      onBlur={() => void stored.flush()}
    />
  );

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
      <RowTable
        rows={rows}
        rowKey={(r) => r.key}
        empty={t('workshop.agenda.empty')}
        minWidth={640}
        rowProps={(r) => ({ 'data-agenda-row': r.blockId ?? 'added' })}
        columns={[
          { header: '#', width: 36, cell: (_, i) => i + 1 },
          {
            header: t('workshop.agenda.block'),
            cell: (r, i) =>
              r.blockId === null ? (
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
                  <Text size="sm" fw={500}>{titleOf(r, i)}</Text>
                  {guideRow(r) && guideRow(r)!.minutes !== minutes(r.planned) && (
                    <Text size="xs" c="dimmed">{t('workshop.agenda.guideMinutes', { count: guideRow(r)!.minutes })}</Text>
                  )}
                </Stack>
              ),
          },
          { header: t('workshop.agenda.planned'), width: 120, cell: (r, i) => minutesInput(r, i, 'planned') },
          { header: t('workshop.agenda.actual'), width: 120, cell: (r, i) => minutesInput(r, i, 'actual') },
        ]}
        actionsHeader={t('workshop.rowActions')}
        actionsWidth={120}
        actions={(r, i) => {
          const title = titleOf(r, i);
          return (
            <Group gap={4} wrap="nowrap">
              <ActionIcon variant="subtle" color="dark" aria-label={t('workshop.agenda.moveUp', { title })} disabled={i === 0} onClick={() => move(i, -1)}>↑</ActionIcon>
              <ActionIcon variant="subtle" color="dark" aria-label={t('workshop.agenda.moveDown', { title })} disabled={i === rows.length - 1} onClick={() => move(i, 1)}>↓</ActionIcon>
              <ActionIcon variant="subtle" color="red.9" aria-label={t('workshop.agenda.remove', { title })} onClick={() => removeRow(i, t('undo.agendaBlock', { name: title }))}>×</ActionIcon>
            </Group>
          );
        }}
      />
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
        <Button variant="default" onClick={() => change([...rows, { key: newKey('a'), blockId: null, title: '', planned: 15, actual: '' }])}>
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
