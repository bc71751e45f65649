import { Alert, Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator, Objective } from '@api/strategy';
import type { KeepKind } from '@api/strategy';
import { NUMBER_FIELDS } from '@api/numbers';
import { DIRECTIONS, IndicatorInput, KEEP_KINDS } from '@api/strategy';
import { toFieldIssues } from '@api/validation';
import { api } from '../api';
import { SaveStatus } from '../ui/SaveStatus';
import { useStrategyForm } from './useStrategyForm';
import { issueMessages } from '../saving/validation';
import { objectiveOptions } from './planLabels';
import { NumberField } from '../ui/NumberField';
import { numberMessages, numberText, requiredValue } from '../ui/numbers';
import type { ApplyChange } from './useStrategy';
import { RecordTagsEditor } from '../standards/RecordTagsEditor';

const I = 'strategy.indicators';

/** The indicator as typed: numbers and dates may be empty or half-typed without anything being lost. */
export interface IndicatorForm {
  objectiveId: string | null;
  name: string;
  unit: string;
  direction: (typeof DIRECTIONS)[number];
  keep: KeepKind | null;
  baseline: number | string;
  baselineDate: string;
  target: number | string;
  targetHigh: number | string;
  targetDate: string;
}

export const emptyIndicator = (objectiveId: string | null): IndicatorForm => ({
  objectiveId, name: '', unit: '', direction: 'up', keep: null, baseline: '', baselineDate: '', target: '', targetHigh: '', targetDate: '',
});

const toForm = (i: Indicator): IndicatorForm => ({
  objectiveId: i.objectiveId, name: i.name, unit: i.unit, direction: i.direction, keep: i.keep, baseline: numberText(i.baseline),
  baselineDate: i.baselineDate ?? '', target: numberText(i.target), targetHigh: numberText(i.targetHigh ?? null), targetDate: i.targetDate ?? '',
});

/** The form checked against the contract: the data to send, or the messages per field. */
export function checkIndicator(f: IndicatorForm, t: Parameters<typeof issueMessages>[1]) {
  const parsed = IndicatorInput.safeParse({
    ...f,
    objectiveId: f.objectiveId ?? undefined,
    baseline: requiredValue(f.baseline, NUMBER_FIELDS.measure),
    target: requiredValue(f.target, NUMBER_FIELDS.measure),
    // The choice and the range's upper end belong to a kept indicator only; elsewhere they are not sent.
    keep: f.direction === 'keep' ? f.keep : null,
    targetHigh: f.direction === 'keep' && f.keep === 'within' ? (f.targetHigh === '' ? null : requiredValue(f.targetHigh, NUMBER_FIELDS.measure)) : null,
    baselineDate: f.baselineDate || null,
    targetDate: f.targetDate || null,
  });
  const within = f.direction === 'keep' && f.keep === 'within';
  const unreadable = numberMessages({ baseline: [f.baseline, NUMBER_FIELDS.measure], target: [f.target, NUMBER_FIELDS.measure], ...(within ? { targetHigh: [f.targetHigh, NUMBER_FIELDS.measure] as const } : {}) }, t);
  if (parsed.success && Object.keys(unreadable).length === 0) return { data: parsed.data, errors: {} };
  return { data: null, errors: { ...(parsed.success ? {} : issueMessages(toFieldIssues(parsed.error.issues), t)), ...unreadable } };
}

/** The fields of an indicator, for a new one and for editing one. */
export function IndicatorFields({ form, errors, objectives, set, onBlur }: {
  form: IndicatorForm;
  errors: Record<string, string>;
  objectives: Objective[];
  set: (patch: Partial<IndicatorForm>) => void;
  onBlur?: () => void;
}) {
  const { t } = useTranslation();
  const keeps = form.direction === 'keep';
  const within = keeps && form.keep === 'within';
  const targetLabel = within ? t(`${I}.targetLow`) : keeps ? t(`${I}.targetLevel`) : t(`${I}.target`);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <Select
        label={t(`${I}.objective`)}
        placeholder={t(`${I}.chooseObjective`)}
        required
        data={objectiveOptions(objectives, t)}
        value={form.objectiveId}
        allowDeselect={false}
        onChange={(v) => set({ objectiveId: v })}
        error={errors['objectiveId']}
      />
      <TextInput label={t(`${I}.name`)} required value={form.name} error={errors['name']} onChange={(e) => set({ name: e.currentTarget.value })} onBlur={onBlur} />
      <TextInput label={t(`${I}.unit`)} description={t(`${I}.unitHint`)} value={form.unit} error={errors['unit']} onChange={(e) => set({ unit: e.currentTarget.value })} onBlur={onBlur} />
      <Select
        label={t(`${I}.direction`)}
        data={DIRECTIONS.map((d) => ({ value: d, label: t(`strategy.direction.${d}`) }))}
        value={form.direction}
        allowDeselect={false}
        onChange={(v) => v && set({ direction: v as IndicatorForm['direction'], keep: v === 'keep' ? (form.keep ?? 'at_least') : null })}
        error={errors['direction']}
      />
      {keeps && (
        <Select
          label={t(`${I}.keepKind`)}
          data={KEEP_KINDS.map((k) => ({ value: k, label: t(`strategy.keep.${k}`) }))}
          value={form.keep}
          allowDeselect={false}
          onChange={(v) => v && set({ keep: v as KeepKind })}
          error={errors['keep']}
        />
      )}
      <NumberField label={t(`${I}.baseline`)} required rules={NUMBER_FIELDS.measure} value={form.baseline} error={errors['baseline']} onChange={(v) => set({ baseline: v })} onBlur={onBlur} />
      <TextInput type="date" label={t(`${I}.baselineDate`)} value={form.baselineDate} error={errors['baselineDate']} onChange={(e) => set({ baselineDate: e.currentTarget.value })} onBlur={onBlur} />
      <NumberField label={targetLabel} required rules={NUMBER_FIELDS.measure} value={form.target} error={errors['target']} onChange={(v) => set({ target: v })} onBlur={onBlur} />
      {within && <NumberField label={t(`${I}.targetHigh`)} required rules={NUMBER_FIELDS.measure} value={form.targetHigh} error={errors['targetHigh']} onChange={(v) => set({ targetHigh: v })} onBlur={onBlur} />}
      <TextInput type="date" label={t(`${I}.targetDate`)} value={form.targetDate} error={errors['targetDate']} onChange={(e) => set({ targetDate: e.currentTarget.value })} onBlur={onBlur} />
    </SimpleGrid>
  );
}

export const indicatorDraftKey = (id: string) => `socialsme.indicator.${id}`;

/**
 * Edits an indicator, saving as it is typed. The app decides whether a target fits its baseline
 * and direction; its answer is shown at the field and the typed values stay.
 */
export function IndicatorEditor({ indicator, processId, objectives, apply, onClose }: {
  indicator: Indicator;
  processId: string;
  objectives: Objective[];
  apply: ApplyChange;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [closeRefused, setCloseRefused] = useState(false);
  // What cannot be saved yet is kept on this computer too, so a reload or a crash loses nothing.
  const autosave = useStrategyForm({
    draftKey: indicatorDraftKey(indicator.id),
    initial: toForm(indicator),
    fromServer: (s) => {
      const i = s.indicators.find((x) => x.id === indicator.id);
      return i && toForm(i);
    },
    check: (f) => checkIndicator(f, t).errors,
    send: (f) => apply(api['indicators.save']({ processId, id: indicator.id, data: checkIndicator(f, t).data! })),
  });
  const { form, errors } = autosave;
  const set = (patch: Partial<IndicatorForm>) => {
    setCloseRefused(false);
    autosave.update({ ...form, ...patch });
  };
  const close = async () => {
    // Closing would drop what cannot be saved yet, so the form stays until it is corrected.
    if (Object.keys(errors).length > 0) return setCloseRefused(true);
    await autosave.flush();
    onClose();
  };

  return (
    <Stack gap="sm" data-indicator-editor={indicator.id}>
      <IndicatorFields form={form} errors={errors} objectives={objectives} set={set} onBlur={() => void autosave.flush()} />
      <RecordTagsEditor kind="indicator" recordId={indicator.id} title={form.name.trim() || indicator.name} />
      {closeRefused && <Alert color="red" role="alert">{t(`${I}.correctFirst`)}</Alert>}
      <Group justify="space-between">
        <SaveStatus state={autosave.state} />
        <Button variant="default" onClick={() => void close()}>{t(`${I}.done`)}</Button>
      </Group>
    </Stack>
  );
}

/** A new indicator, added with a button once it is complete (an indicator needs its baseline and target). */
export function NewIndicator({ processId, objectives, initialObjective, apply, onAdded, onCancel }: {
  processId: string;
  objectives: Objective[];
  initialObjective: string | null;
  apply: ApplyChange;
  onAdded: (id: string | null) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState(() => emptyIndicator(initialObjective));
  const [tried, setTried] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const check = checkIndicator(form, t);
  // Messages appear once the facilitator tries to add, not while they fill an empty form.
  const errors = tried ? { ...serverErrors, ...check.errors } : {};
  const set = (patch: Partial<IndicatorForm>) => {
    setForm({ ...form, ...patch });
    setServerErrors({});
  };
  const submit = async () => {
    setTried(true);
    if (!check.data) return;
    const r = await apply(api['indicators.save']({ processId, data: check.data }));
    if (r.ok) onAdded(r.value.indicators.at(-1)?.id ?? null);
    else setServerErrors(issueMessages(r.error.issues ?? [], t));
  };

  return (
    <form onSubmit={(e) => { e.preventDefault(); void submit(); }} aria-label={t(`${I}.newTitle`)} data-new-indicator>
      <Stack gap="sm">
        <IndicatorFields form={form} errors={errors} objectives={objectives} set={set} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>{t('common.cancel')}</Button>
          <Button type="submit">{t(`${I}.create`)}</Button>
        </Group>
      </Stack>
    </form>
  );
}
