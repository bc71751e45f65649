import { Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Evaluation, EvaluationInput as EvaluationData } from '@api/strategy';
import { EVALUATION_KINDS, EvaluationInput } from '@api/strategy';
import { api } from '../../api';
import { SaveStatus } from '../../ui/SaveStatus';
import type { ApplyChange } from '../useStrategy';
import { useStrategyForm } from '../useStrategyForm';

type Form = Required<EvaluationData>;
const formOf = (e: Evaluation): Form => ({ kind: e.kind, takenOn: e.takenOn, note: e.note });

/** Kind, date and note of one self-evaluation, saved as typed. */
export function EvaluationDetails({ evaluation, apply }: { evaluation: Evaluation; apply: ApplyChange }) {
  const { t } = useTranslation();
  const autosave = useStrategyForm({
    draftKey: `socialsme.evaluation.${evaluation.id}`,
    initial: formOf(evaluation),
    fromServer: (s) => {
      const e = s.evaluations.find((x) => x.id === evaluation.id);
      return e && formOf(e);
    },
    version: (s) => s.evaluations.find((x) => x.id === evaluation.id)?.updatedAt,
    versionNow: evaluation.updatedAt,
    schema: EvaluationInput,
    send: (v) => apply(api['evaluations.update']({ id: evaluation.id, data: v })),
  });
  const { form, edit, errors } = autosave;

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
