import { Alert, Autocomplete, Button, Checkbox, Fieldset, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity, ActivityInput as ActivityData, Objective } from '@api/strategy';
import { ACTIVITY_KINDS, ACTIVITY_STATUSES, ActivityInput, LEARNING_METHODS } from '@api/strategy';
import { currencyOf, currencySign, NUMBER_FIELDS } from '@api/numbers';
import { api } from '../api';
import { NumberField } from '../ui/NumberField';
import { numberMessages, numberText, typedValue } from '../ui/numbers';
import { schemaMessages } from '../saving/validation';
import { SaveStatus } from '../ui/SaveStatus';
import { useStrategyForm } from './useStrategyForm';
import { objectiveOptions } from './planLabels';
import type { ApplyChange } from './useStrategy';
import { RecordTagsEditor } from '../standards/RecordTagsEditor';

type Kind = (typeof ACTIVITY_KINDS)[number];
type Status = (typeof ACTIVITY_STATUSES)[number];
type Method = (typeof LEARNING_METHODS)[number];

/** The activity as the form holds it: dates and cost as typed, so nothing is lost while it is invalid. */
interface ActivityForm {
  objectiveId: string | null;
  title: string;
  kind: Kind;
  owner: string;
  startDate: string;
  dueDate: string;
  status: Status;
  cost: number | string;
  businessBenefit: string;
  stakeholderBenefit: string;
  learning: boolean;
  learners: string;
  learningWhat: string;
  learningHow: Method | null;
}

export const activityDraftKey = (id: string) => `socialsme.activity.${id}`;

const toForm = (a: Activity): ActivityForm => ({
  objectiveId: a.objectiveId, title: a.title, kind: a.kind, owner: a.owner, startDate: a.startDate ?? '', dueDate: a.dueDate ?? '',
  status: a.status, cost: numberText(a.cost), businessBenefit: a.businessBenefit, stakeholderBenefit: a.stakeholderBenefit,
  learning: a.learning, learners: a.learners, learningWhat: a.learningWhat, learningHow: a.learningHow,
});

const toInput = (f: ActivityForm): ActivityData => ({
  ...f,
  startDate: f.startDate || null,
  dueDate: f.dueDate || null,
  cost: typedValue(f.cost, NUMBER_FIELDS.cost),
});

/**
 * One activity of the action plan, saved as it is typed. A value the app would refuse (a due date
 * before the start) stays on screen with its message and is not sent until it is corrected.
 */
export function ActivityEditor({ activity, country, processId, objectives, owners, apply, onClose }: {
  activity: Activity;
  /** The SME's country, whose currency the cost is in. */
  country: string | null | undefined;
  processId: string;
  objectives: Objective[];
  /** Names to suggest as owner: the SME's contacts and owners already named. */
  owners: string[];
  apply: ApplyChange;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [closeRefused, setCloseRefused] = useState(false);
  // What cannot be saved yet is kept on this computer too, so a reload or a crash loses nothing.
  const autosave = useStrategyForm({
    draftKey: activityDraftKey(activity.id),
    initial: toForm(activity),
    fromServer: (s) => {
      const a = s.activities.find((x) => x.id === activity.id);
      return a && toForm(a);
    },
    check: (f) => ({ ...schemaMessages(ActivityInput, toInput(f), t), ...numberMessages({ cost: [f.cost, NUMBER_FIELDS.cost] }, t) }),
    send: (f) => apply(api['activities.save']({ processId, id: activity.id, data: toInput(f) })),
  });
  const { form, errors } = autosave;
  const valid = Object.keys(errors).length === 0;

  const set = (patch: Partial<ActivityForm>) => {
    setCloseRefused(false);
    autosave.update({ ...form, ...patch });
  };
  const flush = () => void autosave.flush();
  const close = async () => {
    // Closing would drop what cannot be saved yet, so the form stays until it is corrected.
    if (!valid) return setCloseRefused(true);
    await autosave.flush();
    onClose();
  };
  const a = 'strategy.activities';

  return (
    <Stack gap="sm" data-activity-editor={activity.id}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput label={t(`${a}.title`)} required autoFocus value={form.title} error={errors['title']} onChange={(e) => set({ title: e.currentTarget.value })} onBlur={flush} />
        <Select
          label={t(`${a}.objective`)}
          placeholder={t(`${a}.noObjective`)}
          data={objectiveOptions(objectives, t)}
          value={form.objectiveId}
          onChange={(v) => set({ objectiveId: v })}
          clearable
          clearButtonProps={{ 'aria-label': t(`${a}.clearObjective`) }}
          error={errors['objectiveId']}
          nothingFoundMessage={t(`${a}.noObjectives`)}
        />
        <Select
          label={t(`${a}.kind`)}
          data={ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`strategy.activityKind.${k}`) }))}
          value={form.kind}
          allowDeselect={false}
          onChange={(v) => v && set({ kind: v as Kind })}
        />
        <Select
          label={t(`${a}.status`)}
          data={ACTIVITY_STATUSES.map((s) => ({ value: s, label: t(`strategy.activityStatus.${s}`) }))}
          value={form.status}
          allowDeselect={false}
          onChange={(v) => v && set({ status: v as Status })}
        />
        <Autocomplete label={t(`${a}.owner`)} data={owners} value={form.owner} error={errors['owner']} onChange={(v) => set({ owner: v })} onBlur={flush} />
        <NumberField
          label={t(`${a}.cost`, { currency: currencyOf(country) })}
          leftSection={currencySign(i18n.language, country)}
          leftSectionWidth={44}
          rules={NUMBER_FIELDS.cost}
          value={form.cost}
          error={errors['cost']}
          onChange={(v) => set({ cost: v })}
          onBlur={flush}
        />
        <TextInput type="date" label={t(`${a}.startDate`)} value={form.startDate} error={errors['startDate']} onChange={(e) => set({ startDate: e.currentTarget.value })} onBlur={flush} />
        <TextInput type="date" label={t(`${a}.dueDate`)} value={form.dueDate} error={errors['dueDate']} onChange={(e) => set({ dueDate: e.currentTarget.value })} onBlur={flush} />
      </SimpleGrid>

      <Fieldset legend={t(`${a}.winWin`)} variant="filled">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Textarea label={t(`${a}.businessBenefit`)} autosize minRows={2} value={form.businessBenefit} error={errors['businessBenefit']} onChange={(e) => set({ businessBenefit: e.currentTarget.value })} onBlur={flush} />
          <Textarea label={t(`${a}.stakeholderBenefit`)} autosize minRows={2} value={form.stakeholderBenefit} error={errors['stakeholderBenefit']} onChange={(e) => set({ stakeholderBenefit: e.currentTarget.value })} onBlur={flush} />
        </SimpleGrid>
      </Fieldset>

      <Checkbox label={t(`${a}.learning`)} description={t(`${a}.learningHint`)} checked={form.learning} onChange={(e) => set({ learning: e.currentTarget.checked })} />
      {form.learning && (
        <Fieldset legend={t(`${a}.learningPart`)} variant="filled">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label={t(`${a}.learners`)} description={t(`${a}.learnersHint`)} value={form.learners} error={errors['learners']} onChange={(e) => set({ learners: e.currentTarget.value })} onBlur={flush} />
            <Select
              label={t(`${a}.learningHow`)}
              placeholder={t(`${a}.chooseMethod`)}
              data={LEARNING_METHODS.map((m) => ({ value: m, label: t(`strategy.learningHow.${m}`) }))}
              value={form.learningHow}
              onChange={(v) => set({ learningHow: v as Method | null })}
              clearable
              clearButtonProps={{ 'aria-label': t(`${a}.clearMethod`) }}
            />
          </SimpleGrid>
          <Textarea mt="sm" label={t(`${a}.learningWhat`)} autosize minRows={2} value={form.learningWhat} error={errors['learningWhat']} onChange={(e) => set({ learningWhat: e.currentTarget.value })} onBlur={flush} />
        </Fieldset>
      )}

      <RecordTagsEditor kind="activity" recordId={activity.id} title={form.title.trim() || activity.title} />
      {closeRefused && <Alert color="red" role="alert">{t(`${a}.correctFirst`)}</Alert>}
      <Group justify="space-between">
        <SaveStatus state={autosave.state} />
        <Button variant="default" onClick={() => void close()}>{t(`${a}.done`)}</Button>
      </Group>
    </Stack>
  );
}
