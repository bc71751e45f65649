import { Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Evaluation, EvaluationInput as EvaluationData } from '../../../../electron/api/strategy';
import { EVALUATION_KINDS, EvaluationInput } from '../../../../electron/api/strategy';
import { toFieldIssues } from '../../../../electron/api/validation';
import { api } from '../../api';
import { SaveStatus } from '../../components/SaveStatus';
import { useAutosave } from '../../lib/useAutosave';
import { issueMessages } from '../../lib/validation';
import { dataIssues } from '../dataIssues';
import type { ApplyChange } from '../useStrategy';

type Form = Required<EvaluationData>;

/** Kind, date and note of one self-evaluation, saved as typed. */
export function EvaluationDetails({ evaluation, apply }: { evaluation: Evaluation; apply: ApplyChange }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<Form>({ kind: evaluation.kind, takenOn: evaluation.takenOn, note: evaluation.note });
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const autosave = useAutosave({
    validate: (v: Form) => (EvaluationInput.safeParse(v).success ? { ok: true } : { ok: false }),
    save: (v: Form) => apply(api['evaluations.update']({ id: evaluation.id, data: v })),
    onSaved: () => setServerErrors({}),
    onRejected: (e) => setServerErrors(dataIssues(e, t)),
  });
  const errors = useMemo(() => {
    const parsed = EvaluationInput.safeParse(form);
    return { ...serverErrors, ...(parsed.success ? {} : issueMessages(toFieldIssues(parsed.error.issues), t)) };
  }, [form, serverErrors, t]);
  const edit = (patch: Partial<Form>) => {
    const next = { ...form, ...patch };
    setForm(next);
    autosave.change(next);
  };

  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NativeSelect
          label={t('strategy.evaluation.kind')}
          data={EVALUATION_KINDS.map((k) => ({ value: k, label: t(`strategy.evaluationKind.${k}`) }))}
          value={form.kind}
          onChange={(e) => edit({ kind: e.currentTarget.value as Form['kind'] })}
        />
        <TextInput type="date" label={t('strategy.evaluation.takenOn')} value={form.takenOn} error={errors.takenOn} onChange={(e) => edit({ takenOn: e.currentTarget.value })} onBlur={() => void autosave.flush()} />
      </SimpleGrid>
      <Textarea label={t('strategy.evaluation.note')} autosize minRows={2} value={form.note} error={errors.note} onChange={(e) => edit({ note: e.currentTarget.value })} onBlur={() => void autosave.flush()} />
      <Group justify="flex-end"><SaveStatus state={autosave.state} /></Group>
    </Stack>
  );
}
