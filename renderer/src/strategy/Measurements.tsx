import { Button, Group, Stack, Table, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator, Measurement } from '@api/strategy';
import { NUMBER_FIELDS } from '@api/numbers';
import { MeasurementInput } from '@api/strategy';
import { toFieldIssues } from '@api/validation';
import { isAfterToday } from '@api/dates';
import { api } from '../api';
import { issueMessages } from '../saving/validation';
import { todayIso } from '../ui/dates';
import { deleteWithUndo } from './deleteWithUndo';
import { RowTable } from '../ui/RowTable';
import { formatShortDay, formatValue } from './planLabels';
import { NumberField } from '../ui/NumberField';
import { numberMessages, numberText, requiredValue } from '../ui/numbers';
import type { ApplyChange } from './useStrategy';

const M = 'strategy.indicators.measurements';

interface MeasurementForm {
  measuredOn: string;
  value: number | string;
  note: string;
}

/**
 * Sends a measurement (new without `id`) and answers the messages per field, empty when saved.
 * What was typed stays in the caller's form either way.
 */
function useSaveMeasurement(indicatorId: string, apply: ApplyChange) {
  const { t } = useTranslation();
  return async (form: MeasurementForm, id?: string): Promise<Record<string, string>> => {
    const unreadable = numberMessages({ value: [form.value, NUMBER_FIELDS.measure] }, t);
    const parsed = MeasurementInput.safeParse({ ...form, value: requiredValue(form.value, NUMBER_FIELDS.measure) });
    if (!parsed.success || Object.keys(unreadable).length) return { ...(parsed.success ? {} : issueMessages(toFieldIssues(parsed.error.issues), t)), ...unreadable };
    // The same rule the app applies: a measurement is of something that has happened.
    if (isAfterToday(parsed.data.measuredOn, todayIso())) return issueMessages([{ path: 'measuredOn', code: 'measured_in_future' }], t);
    const r = await apply(api['measurements.save']({ indicatorId, id, data: parsed.data }));
    if (r.ok) return {};
    const messages = issueMessages(r.error.issues ?? [], t);
    return Object.keys(messages).length ? messages : { value: t(`errors.${r.error.code}`, { defaultValue: t('errors.internal') }) };
  };
}

/** The measurements of one indicator, oldest first: add, correct, remove. */
export function Measurements({ indicator, apply }: { indicator: Indicator; apply: ApplyChange }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const day = (d: string) => formatShortDay(d, i18n.language);

  const remove = (m: Measurement) => deleteWithUndo(apply, 'measurements', m.id, t('undo.measurement', { date: day(m.measuredOn) }));

  return (
    <Stack gap="xs">
      <Title order={5}>{t(`${M}.title`)}</Title>
      <RowTable
        rows={indicator.measurements}
        rowKey={(m) => m.id}
        empty={t(`${M}.none`)}
        minWidth={420}
        fz="sm"
        rowProps={(m) => ({ 'data-measurement': m.id })}
        renderRow={(m) => (editing === m.id ? <EditRow key={m.id} measurement={m} indicatorId={indicator.id} apply={apply} onDone={() => setEditing(null)} /> : null)}
        columns={[
          { header: t(`${M}.date`), cell: (m) => <span style={{ whiteSpace: 'nowrap' }}>{day(m.measuredOn)}</span> },
          { header: t(`${M}.value`), cell: (m) => <span style={{ whiteSpace: 'nowrap' }}>{formatValue(m.value, indicator.unit, i18n.language)}</span> },
          { header: t(`${M}.note`), cell: (m) => <span style={{ overflowWrap: 'anywhere' }}>{m.note}</span> },
        ]}
        actionsHeader={{ visible: t(`${M}.actions`) }}
        actions={(m) => (
          <Group gap={4} wrap="nowrap">
            <Button size="compact-xs" variant="subtle" aria-label={t(`${M}.editRow`, { date: day(m.measuredOn) })} onClick={() => setEditing(m.id)}>{t(`${M}.edit`)}</Button>
            <Button size="compact-xs" variant="subtle" color="red" aria-label={t(`${M}.deleteRow`, { date: day(m.measuredOn) })} onClick={() => void remove(m)}>{t(`${M}.delete`)}</Button>
          </Group>
        )}
      />
      <NewMeasurement indicator={indicator} apply={apply} />
    </Stack>
  );
}

function EditRow({ measurement, indicatorId, apply, onDone }: { measurement: Measurement; indicatorId: string; apply: ApplyChange; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const [form, setForm] = useState<MeasurementForm>({ measuredOn: measurement.measuredOn, value: numberText(measurement.value), note: measurement.note });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useSaveMeasurement(indicatorId, apply);
  const of = { date: formatShortDay(measurement.measuredOn, i18n.language) };
  const submit = async () => {
    const messages = await save(form, measurement.id);
    setErrors(messages);
    if (Object.keys(messages).length === 0) onDone();
  };
  return (
    <Table.Tr data-measurement={measurement.id}>
      <Table.Td>
        <TextInput size="xs" type="date" aria-label={t(`${M}.editDate`, of)} value={form.measuredOn} error={errors['measuredOn']} onChange={(e) => setForm({ ...form, measuredOn: e.currentTarget.value })} />
      </Table.Td>
      <Table.Td>
        <NumberField size="xs" rules={NUMBER_FIELDS.measure} aria-label={t(`${M}.editValue`, of)} value={form.value} error={errors['value']} onChange={(v) => setForm({ ...form, value: v })} />
      </Table.Td>
      <Table.Td>
        <TextInput size="xs" aria-label={t(`${M}.editNote`, of)} value={form.note} error={errors['note']} onChange={(e) => setForm({ ...form, note: e.currentTarget.value })} />
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <Button size="compact-xs" onClick={() => void submit()}>{t(`${M}.save`)}</Button>
          <Button size="compact-xs" variant="default" onClick={onDone}>{t('common.cancel')}</Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

function NewMeasurement({ indicator, apply }: { indicator: Indicator; apply: ApplyChange }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<MeasurementForm>(() => ({ measuredOn: todayIso(), value: '', note: '' }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useSaveMeasurement(indicator.id, apply);
  const set = (patch: Partial<MeasurementForm>) => {
    setForm({ ...form, ...patch });
    setErrors({});
  };
  const submit = async () => {
    const messages = await save(form);
    setErrors(messages);
    if (Object.keys(messages).length === 0) setForm({ ...form, value: '', note: '' });
  };
  return (
    <form onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <Group gap="xs" align="flex-start" wrap="wrap">
        <TextInput size="sm" type="date" label={t(`${M}.newDate`)} value={form.measuredOn} error={errors['measuredOn']} onChange={(e) => set({ measuredOn: e.currentTarget.value })} w={170} />
        <NumberField size="sm" rules={NUMBER_FIELDS.measure} label={indicator.unit ? t(`${M}.newValueIn`, { unit: indicator.unit }) : t(`${M}.newValue`)} value={form.value} error={errors['value']} onChange={(v) => set({ value: v })} w={170} />
        <TextInput size="sm" label={t(`${M}.newNote`)} value={form.note} error={errors['note']} onChange={(e) => set({ note: e.currentTarget.value })} style={{ flex: '1 1 160px' }} />
        <Button type="submit" mt={25}>{t(`${M}.add`)}</Button>
      </Group>
    </form>
  );
}
