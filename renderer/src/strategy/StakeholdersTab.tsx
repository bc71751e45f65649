import { Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stakeholder, StakeholderInput as StakeholderData } from '@api/strategy';
import { STAKEHOLDER_GROUPS, StakeholderInput } from '@api/strategy';
import { toFieldIssues } from '@api/validation';
import { api } from '../api';
import { SaveStatus } from '../ui/SaveStatus';
import { issueMessages, refusalMessages } from '../saving/validation';
import { StakeholderGrid } from './charts/StakeholderGrid';
import { ConfirmDelete } from '../ui/ConfirmDelete';
import type { TabProps } from './types';
import { useRowSave } from '../saving/useRowSave';

type Form = Required<StakeholderData>;
interface Row {
  key: string;
  saved: Stakeholder | null;
}

const LEVELS = ['1', '2', '3', '4', '5'];
let seed = 0;
const newKey = () => `s${Date.now().toString(36)}${(seed++).toString(36)}`;
const blank = (): Form => ({ group: 'employees', name: '', influence: 3, impact: 3, expectations: '', relationship: 3 });

/** Workshop 2: who the SME's stakeholders are, what they expect, and where they sit on the grid. */
export function StakeholdersTab({ data, apply }: TabProps) {
  const { t } = useTranslation();
  const stakeholders = data.strategy.stakeholders;
  const [rows, setRows] = useState<Row[]>(() => stakeholders.map((s) => ({ key: s.id, saved: s })));
  const level = (n: number) => t(`strategy.charts.relationshipLevel.${n}`);

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={3}>{t('strategy.stakeholders.title')}</Title>
        <Text size="sm">{t('strategy.stakeholders.intro')}</Text>
      </Stack>
      {rows.length === 0 && <Text c="dimmed">{t('strategy.stakeholders.none')}</Text>}
      {rows.map((row, i) => (
        <StakeholderRow key={row.key} n={i + 1} saved={row.saved} processId={data.process.id} apply={apply} onRemoved={() => setRows((rs) => rs.filter((r) => r.key !== row.key))} />
      ))}
      <Group>
        <Button variant="default" onClick={() => setRows((rs) => [...rs, { key: newKey(), saved: null }])}>{t('strategy.stakeholders.add')}</Button>
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

function StakeholderRow({ n, saved, processId, apply, onRemoved }: {
  n: number;
  saved: Stakeholder | null;
  processId: string;
  apply: TabProps['apply'];
  onRemoved: () => void;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState<Form>(() => (saved ? { group: saved.group, name: saved.name, influence: saved.influence, impact: saved.impact, expectations: saved.expectations, relationship: saved.relationship } : blank()));
  const [touched, setTouched] = useState(saved !== null);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [confirm, setConfirm] = useState(false);
  const [deleteFailed, setDeleteFailed] = useState(false);
  const row = useRowSave<Form>({
    id: saved?.id,
    validate: (v) => StakeholderInput.safeParse(v).success,
    save: (id, v) => apply(api['stakeholders.save']({ processId, id, data: v })),
    added: (s) => s.stakeholders.at(-1)?.id,
    onSaved: () => setServerErrors({}),
    onRejected: (e) => setServerErrors(refusalMessages(e.issues, 'data.', t)),
  });
  const errors = useMemo(() => {
    if (!touched) return {};
    const parsed = StakeholderInput.safeParse(form);
    return { ...serverErrors, ...(parsed.success ? {} : issueMessages(toFieldIssues(parsed.error.issues), t)) };
  }, [form, serverErrors, touched, t]);
  const edit = (patch: Partial<Form>) => {
    const next = { ...form, ...patch };
    setForm(next);
    setTouched(true);
    row.change(next);
  };
  const remove = async () => {
    setConfirm(false);
    const id = await row.settle();
    if (!id) return onRemoved();
    const r = await apply(api['stakeholders.delete']({ id }));
    if (r.ok) onRemoved();
    else setDeleteFailed(true);
  };
  const name = form.name.trim() || t('strategy.stakeholders.unnamed');
  const levelField = (key: 'influence' | 'impact' | 'relationship', label: string, hint: string, optionLabel: (v: string) => string) => (
    <NativeSelect
      label={label}
      description={hint}
      data={LEVELS.map((v) => ({ value: v, label: optionLabel(v) }))}
      value={String(form[key])}
      onChange={(e) => edit({ [key]: Number(e.currentTarget.value) })}
    />
  );
  const blur = () => void row.flush();

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
          <SaveStatus state={row.state} />
          <Button size="compact-sm" variant="outline" color="red.9" aria-label={t('strategy.stakeholders.deleteOf', { name })} onClick={() => setConfirm(true)}>
            {t('strategy.stakeholders.delete')}
          </Button>
        </Group>
        {deleteFailed && <Text c="red.9" size="sm" role="alert">{t('strategy.stakeholders.deleteFailed')}</Text>}
      </Stack>
      <ConfirmDelete
        opened={confirm}
        title={t('strategy.stakeholders.deleteTitle')}
        text={t('strategy.stakeholders.deleteText', { name })}
        confirm={t('strategy.stakeholders.delete')}
        onCancel={() => setConfirm(false)}
        onConfirm={() => void remove()}
      />
    </Fieldset>
  );
}
