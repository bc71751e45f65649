import { Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stakeholder, StakeholderInput as StakeholderData, StrategyRecord } from '@api/strategy';
import { STAKEHOLDER_GROUPS, StakeholderInput } from '@api/strategy';
import { api } from '../api';
import { SaveStatus } from '../ui/SaveStatus';
import { drafts } from '../saving/drafts';
import { useSavedForm } from '../saving/useSavedForm';
import { schemaMessages } from '../saving/validation';
import { newKey } from '../ui/rowKey';
import { StakeholderGrid } from './charts/StakeholderGrid';
import { deleteWithUndo } from './deleteWithUndo';
import type { TabProps } from './types';

type Form = Required<StakeholderData>;
/** What a row's draft holds: the stakeholder's id once the app gave it one, and the form. */
interface Draft {
  id: string | null;
  form: Form;
}
interface Row {
  key: string;
  saved: Stakeholder | null;
  /** Where the row's draft is kept (a new row keeps it under its own key, also after its first save). */
  draftKey: string;
}

const LEVELS = ['1', '2', '3', '4', '5'];
const blank = (): Form => ({ group: 'employees', name: '', influence: 3, impact: 3, expectations: '', relationship: 3 });
const formOf = (s: Stakeholder): Form => ({ group: s.group, name: s.name, influence: s.influence, impact: s.impact, expectations: s.expectations, relationship: s.relationship });
const draftPrefix = (processId: string) => `socialsme.stakeholder.${processId}.`;

/**
 * The rows as the tab opens: the stored stakeholders, each with the draft typed for it, and the
 * new rows whose drafts were kept through a reload (not stored yet, or stored under the draft's id).
 */
function rowsOf(processId: string, stakeholders: readonly Stakeholder[]): Row[] {
  const prefix = draftPrefix(processId);
  const rows: Row[] = stakeholders.map((s) => ({ key: s.id, saved: s, draftKey: prefix + s.id }));
  for (const draftKey of drafts.keys(prefix)) {
    const key = draftKey.slice(prefix.length);
    if (rows.some((r) => r.key === key)) continue;
    const id = drafts.read<Draft>(draftKey)?.value.id ?? null;
    const stored = id === null ? undefined : rows.find((r) => r.key === id);
    if (stored) stored.draftKey = draftKey;
    else if (id === null) rows.push({ key, saved: null, draftKey });
    else drafts.clear(draftKey); // its stakeholder was deleted
  }
  return rows;
}

function newRow(processId: string): Row {
  const key = newKey('s');
  return { key, saved: null, draftKey: draftPrefix(processId) + key };
}

/** Workshop 2: who the SME's stakeholders are, what they expect, and where they sit on the grid. */
export function StakeholdersTab({ data, apply }: TabProps) {
  const { t } = useTranslation();
  const stakeholders = data.strategy.stakeholders;
  const processId = data.process.id;
  const [rows, setRows] = useState<Row[]>(() => rowsOf(processId, stakeholders));
  const level = (n: number) => t(`strategy.charts.relationshipLevel.${n}`);

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={3}>{t('strategy.stakeholders.title')}</Title>
        <Text size="sm">{t('strategy.stakeholders.intro')}</Text>
      </Stack>
      {rows.length === 0 && <Text c="dimmed">{t('strategy.stakeholders.none')}</Text>}
      {rows.map((row, i) => (
        <StakeholderRow
          key={row.key} n={i + 1} row={row} processId={processId} apply={apply}
          onRemoved={() => setRows((rs) => rs.filter((r) => r.key !== row.key))}
          onRestored={(back) => setRows((rs) => (rs.some((r) => r.saved?.id === back.id) ? rs : [...rs.slice(0, i), { key: back.id, saved: back, draftKey: draftPrefix(processId) + back.id }, ...rs.slice(i)]))}
        />
      ))}
      <Group>
        <Button variant="default" onClick={() => setRows((rs) => [...rs, newRow(processId)])}>{t('strategy.stakeholders.add')}</Button>
      </Group>
      {stakeholders.length > 0 && (
        <Stack gap="sm" component="section" aria-labelledby="stakeholder-grid">
          <Title order={3} size="h4" id="stakeholder-grid">{t('strategy.stakeholders.gridTitle')}</Title>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <StakeholderGrid
              label={t('strategy.charts.gridLabel')}
              items={stakeholders}
              axisX={t('strategy.charts.axisImpact')}
              axisY={t('strategy.charts.axisInfluence')}
              legendTitle={t('strategy.charts.legend')}
              levelLabel={level}
            />
            <Table.ScrollContainer minWidth={360}>
              <Table withTableBorder verticalSpacing={4} captionSide="top">
                <Table.Caption>{t('strategy.stakeholders.tableCaption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('strategy.stakeholders.name')}</Table.Th>
                    <Table.Th>{t('strategy.stakeholders.impact')}</Table.Th>
                    <Table.Th>{t('strategy.stakeholders.influence')}</Table.Th>
                    <Table.Th>{t('strategy.stakeholders.relationship')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {stakeholders.map((s) => (
                    <Table.Tr key={s.id} data-grid-row={s.name}>
                      <Table.Td>{s.name} <Text span size="xs">({t(`strategy.group.${s.group}`)})</Text></Table.Td>
                      <Table.Td>{s.impact}</Table.Td>
                      <Table.Td>{s.influence}</Table.Td>
                      <Table.Td>{level(s.relationship)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </SimpleGrid>
        </Stack>
      )}
    </Stack>
  );
}

function StakeholderRow({ n, row: { saved, draftKey }, processId, apply, onRemoved, onRestored }: {
  n: number;
  row: Row;
  processId: string;
  apply: TabProps['apply'];
  onRemoved: () => void;
  /** After "Undo": the stakeholder is back and gets its row again. */
  onRestored: (stakeholder: Stakeholder) => void;
}) {
  const { t } = useTranslation();
  const [deleteFailed, setDeleteFailed] = useState(false);
  // A new row is stored by its first save; every later save updates the id that one answered.
  const id = useRef(saved?.id ?? null);
  const partOf = (strategy: { stakeholders: Stakeholder[] }) => {
    const s = strategy.stakeholders.find((x) => x.id === id.current);
    return s ? formOf(s) : null;
  };
  const autosave = useSavedForm<Draft, StrategyRecord>({
    draftKey,
    initial: () => ({ id: id.current, form: saved ? formOf(saved) : blank() }),
    base: { part: saved ? formOf(saved) : null },
    baseOf: (s) => ({ part: partOf(s) }),
    check: (d) => schemaMessages(StakeholderInput, d.form, t),
    send: async (d) => {
      const r = await apply(api['stakeholders.save']({ processId, id: d.id ?? id.current ?? undefined, data: d.form }));
      if (r.ok && id.current === null) {
        id.current = r.value.stakeholders.at(-1)?.id ?? null;
        // Typed while this first save was on its way: that draft must name the id, or a reload would add the row twice.
        const kept = drafts.read<Draft>(draftKey);
        if (kept && kept.value.id === null && JSON.stringify(kept.value.form) !== JSON.stringify(d.form)) drafts.write(draftKey, { ...kept, value: { ...kept.value, id: id.current } });
      }
      return r;
    },
    refusalPrefix: 'data.',
  });
  if (autosave.form.id !== null) id.current ??= autosave.form.id;
  const form = autosave.form.form;
  // A new row is not marked as wrong before anything was typed into it.
  const [touched, setTouched] = useState(saved !== null || autosave.restored);
  const errors = touched ? autosave.errors : {};
  const edit = (patch: Partial<Form>) => {
    setTouched(true);
    autosave.update({ id: id.current, form: { ...form, ...patch } });
  };
  const name = form.name.trim() || t('strategy.stakeholders.unnamed');
  const remove = async () => {
    await autosave.flush();
    const stored = id.current;
    if (!stored) {
      autosave.discard();
      return onRemoved();
    }
    if (!(await deleteWithUndo(apply, 'stakeholders', stored, t('undo.stakeholder', { name }), (s) => {
      const back = s.stakeholders.find((x) => x.id === stored);
      if (back) onRestored(back);
    }))) return setDeleteFailed(true);
    autosave.discard();
    onRemoved();
  };
  const levelField = (key: 'influence' | 'impact' | 'relationship', label: string, hint: string, optionLabel: (v: string) => string) => (
    <NativeSelect
      label={label}
      description={hint}
      data={LEVELS.map((v) => ({ value: v, label: optionLabel(v) }))}
      value={String(form[key])}
      onChange={(e) => edit({ [key]: Number(e.currentTarget.value) })}
    />
  );
  const blur = () => void autosave.flush();

  return (
    <Fieldset legend={`${t('strategy.stakeholders.stakeholderN', { n })}: ${name}`} data-stakeholder={n}>
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            label={t('strategy.stakeholders.group')}
            data={STAKEHOLDER_GROUPS.map((g) => ({ value: g, label: t(`strategy.group.${g}`) }))}
            value={form.group}
            onChange={(e) => edit({ group: e.currentTarget.value as Form['group'] })}
          />
          <TextInput label={t('strategy.stakeholders.name')} value={form.name} error={errors.name} onChange={(e) => edit({ name: e.currentTarget.value })} onBlur={blur} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          {levelField('influence', t('strategy.stakeholders.influence'), t('strategy.stakeholders.levelHint'), (v) => v)}
          {levelField('impact', t('strategy.stakeholders.impact'), t('strategy.stakeholders.levelHint'), (v) => v)}
          {levelField('relationship', t('strategy.stakeholders.relationship'), t('strategy.stakeholders.relationshipHint'), (v) => t(`strategy.charts.relationshipLevel.${v}`))}
        </SimpleGrid>
        <Textarea label={t('strategy.stakeholders.expectations')} autosize minRows={2} value={form.expectations} error={errors.expectations} onChange={(e) => edit({ expectations: e.currentTarget.value })} onBlur={blur} />
        <Group justify="space-between">
          <SaveStatus state={autosave.state} />
          <Button size="compact-sm" variant="outline" color="red.9" aria-label={t('strategy.stakeholders.deleteOf', { name })} onClick={() => void remove()}>
            {t('strategy.stakeholders.delete')}
          </Button>
        </Group>
        {deleteFailed && <Text c="red.9" size="sm" role="alert">{t('strategy.stakeholders.deleteFailed')}</Text>}
      </Stack>
    </Fieldset>
  );
}
