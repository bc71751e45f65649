import { Alert, Group, Select, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WorkshopInput, WorkshopRecord } from '@api/workshops';
import { WORKSHOP_STATUSES, WorkshopInput as WorkshopSchema } from '@api/workshops';
import { NUMBER_FIELDS } from '@api/numbers';
import { api } from '../api';
import { NumberField } from '../ui/NumberField';
import { numberMessages, numberText, typedValue } from '../ui/numbers';
import { SaveStatus } from '../ui/SaveStatus';
import { schemaMessages } from '../saving/validation';
import { useSavedForm } from '../saving/useSavedForm';

/** What the form holds: exactly what was typed, even while it is not valid. */
export interface DetailsForm {
  date: string;
  time: string;
  place: string;
  status: WorkshopRecord['status'];
  duration: number | string;
  notes: string;
  minutesNotes: string;
  decisions: string;
}

export function detailsFromRecord(r: WorkshopRecord): DetailsForm {
  const [date, time] = r.plannedAt ? r.plannedAt.split('T') : ['', ''];
  return { date: date ?? '', time: time ?? '', place: r.place, status: r.status, duration: numberText(r.durationMinutes), notes: r.notes, minutesNotes: r.minutesNotes, decisions: r.decisions };
}

export function inputFromDetails(f: DetailsForm): WorkshopInput {
  return {
    plannedAt: f.date ? `${f.date}T${f.time || '00:00'}` : null,
    place: f.place,
    status: f.status,
    durationMinutes: typedValue(f.duration, NUMBER_FIELDS.duration),
    notes: f.notes,
    minutesNotes: f.minutesNotes,
    decisions: f.decisions,
  };
}

export const workshopDraftKey = (workshopId: string) => `socialsme.workshop.${workshopId}`;

/** What the server holds of the details form, so that a draft typed on an older state is not sent over it. */
export const detailsBase = (r: WorkshopRecord) => ({ version: r.updatedAt, part: inputFromDetails(detailsFromRecord(r)) });

/** Date, place, status, duration, notes and decisions of one workshop; saved as they are typed. */
export function WorkshopDetails({ record, onSaved }: { record: WorkshopRecord; onSaved: (r: WorkshopRecord) => void }) {
  const { t } = useTranslation();
  const stored = useSavedForm({
    draftKey: workshopDraftKey(record.id),
    initial: () => detailsFromRecord(record),
    base: detailsBase(record),
    baseOf: detailsBase,
    check: (f: DetailsForm) => {
      const out = { ...schemaMessages(WorkshopSchema, inputFromDetails(f), t), ...numberMessages({ durationMinutes: [f.duration, NUMBER_FIELDS.duration] }, t) };
      if (f.time && !f.date) out['plannedAt'] = t('workshop.dateNeeded');
      return out;
    },
    send: (f: DetailsForm) => api['workshops.update']({ id: record.id, data: inputFromDetails(f) }),
    onSaved,
    refusalPrefix: 'data.',
  });
  const { form, errors } = stored;
  const set = (patch: Partial<DetailsForm>) => {
    const next = { ...form, ...patch };
    // A date without a time is not a plan yet: start at nine, visibly, for the facilitator to change.
    if (patch.date && !form.date && !form.time) next.time = '09:00';
    stored.update(next);
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3} size="h4">{t('workshop.detailsTitle')}</Title>
        <SaveStatus state={stored.state} />
      </Group>
      {stored.restored && (
        <Alert color="yellow" withCloseButton closeButtonLabel={t('common.close')} onClose={stored.dismissRestored}>
          {t('workshop.detailsRestored')}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
        <TextInput type="date" label={t('workshop.date')} value={form.date} error={errors['plannedAt']} onChange={(e) => set({ date: e.currentTarget.value })} onBlur={() => void stored.flush()} />
        <TextInput type="time" label={t('workshop.time')} value={form.time} onChange={(e) => set({ time: e.currentTarget.value })} onBlur={() => void stored.flush()} />
        <TextInput label={t('workshop.place')} value={form.place} error={errors['place']} onChange={(e) => set({ place: e.currentTarget.value })} onBlur={() => void stored.flush()} />
        <Select
          label={t('workshop.status')}
          data={WORKSHOP_STATUSES.map((s) => ({ value: s, label: t(`workshopStatus.${s}`) }))}
          value={form.status}
          allowDeselect={false}
          error={errors['status']}
          onChange={(v) => v && set({ status: v as DetailsForm['status'] })}
        />
        <NumberField
          label={t('workshop.duration')}
          description={t('workshop.durationHint')}
          value={form.duration}
          error={errors['durationMinutes']}
          rules={NUMBER_FIELDS.duration}
          onChange={(v) => set({ duration: v })}
          onBlur={() => void stored.flush()}
        />
      </SimpleGrid>
      {/* Two fields, each saying where it goes: a remark about a person must never reach the SME by accident. */}
      <Textarea label={t('workshop.minutesNotes')} description={t('workshop.minutesNotesHint')} autosize minRows={3} value={form.minutesNotes} error={errors['minutesNotes']} onChange={(e) => set({ minutesNotes: e.currentTarget.value })} onBlur={() => void stored.flush()} />
      <Textarea label={t('workshop.notes')} description={t('workshop.notesHint')} autosize minRows={4} value={form.notes} error={errors['notes']} onChange={(e) => set({ notes: e.currentTarget.value })} onBlur={() => void stored.flush()} />
      <Textarea label={t('workshop.decisions')} description={t('workshop.decisionsHint')} autosize minRows={3} value={form.decisions} error={errors['decisions']} onChange={(e) => set({ decisions: e.currentTarget.value })} onBlur={() => void stored.flush()} />
    </Stack>
  );
}
