import { Button, Fieldset, Group, MultiSelect, NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Objective } from '@api/strategy';
import { ObjectiveInput, PERSPECTIVES } from '@api/strategy';
import { isDownward } from '@api/strategy-map';
import { api } from '../../api';
import { SaveStatus } from '../../ui/SaveStatus';
import type { TabProps } from '../types';
import { useStrategyForm } from '../useStrategyForm';
import { deleteWithUndo } from '../deleteWithUndo';
import { RecordTagsEditor } from '../../standards/RecordTagsEditor';

type Form = Pick<Objective, 'perspective' | 'title' | 'description' | 'leadsTo'>;
const formOf = (o: Objective): Form => ({ perspective: o.perspective, title: o.title, description: o.description, leadsTo: o.leadsTo });

/** One objective: title, perspective, description and the objectives it leads to, saved as typed. */
export function ObjectiveEditor({ objective, objectives, processId, apply }: {
  objective: Objective;
  /** All objectives of the strategy, for "leads to". */
  objectives: Objective[];
  processId: string;
  apply: TabProps['apply'];
}) {
  const { t } = useTranslation();
  const [deleteFailed, setDeleteFailed] = useState(false);
  const others = objectives.filter((o) => o.id !== objective.id);
  const autosave = useStrategyForm({
    draftKey: `socialsme.objective.${objective.id}`,
    initial: formOf(objective),
    fromServer: (s) => {
      const o = s.objectives.find((x) => x.id === objective.id);
      return o && formOf(o);
    },
    schema: ObjectiveInput,
    send: (v) => apply(api['objectives.save']({ processId, id: objective.id, data: { ...v, leadsTo: v.leadsTo.filter((id) => others.some((o) => o.id === id)) } })),
  });
  const { form, edit, errors } = autosave;
  // A link to an objective deleted meanwhile went with it; keep it out of what is shown and sent.
  const leadsTo = form.leadsTo.filter((id) => others.some((o) => o.id === id));
  const title = form.title.trim() || t('strategy.objectives.untitled');
  // What was typed is saved first, so that "Undo" brings back the objective as last seen; its indicators go and come back with it.
  const remove = async () => {
    await autosave.flush();
    setDeleteFailed(!(await deleteWithUndo(apply, 'objectives', objective.id, t('undo.objective', { name: title }))));
  };
  // An effect said to cause its own cause (business → learning) is usually a link picked the wrong way round.
  const downward = others.filter((o) => leadsTo.includes(o.id) && isDownward(form.perspective, o.perspective));
  const options = PERSPECTIVES.map((p) => ({
    group: t(`strategy.perspective.${p}`),
    items: others.filter((o) => o.perspective === p).map((o) => ({ value: o.id, label: o.title })),
  })).filter((g) => g.items.length > 0);
  const blur = () => void autosave.flush();

  return (
    <Fieldset legend={t('strategy.objectives.objectiveN', { title })} data-objective={objective.id}>
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={t('strategy.objectives.titleLabel')} value={form.title} error={errors.title} onChange={(e) => edit({ title: e.currentTarget.value })} onBlur={blur} />
          <NativeSelect
            label={t('strategy.objectives.perspective')}
            data={PERSPECTIVES.map((p) => ({ value: p, label: t(`strategy.perspective.${p}`) }))}
            value={form.perspective}
            onChange={(e) => edit({ perspective: e.currentTarget.value as Form['perspective'] })}
          />
        </SimpleGrid>
        <Textarea label={t('strategy.objectives.description')} autosize minRows={2} value={form.description} error={errors.description} onChange={(e) => edit({ description: e.currentTarget.value })} onBlur={blur} />
        <MultiSelect
          label={t('strategy.objectives.leadsTo')}
          description={t('strategy.objectives.leadsToHint')}
          data={options}
          value={leadsTo}
          error={errors.leadsTo ?? Object.entries(errors).find(([k]) => k.startsWith('leadsTo.'))?.[1]}
          onChange={(v) => edit({ leadsTo: v })}
          searchable
          clearable
          disabled={others.length === 0}
        />
        {downward.map((o) => (
          <Text key={o.id} size="sm" c="#9a3412" data-downward-warning>
            {t('strategy.objectives.downwardWarning', { cause: title, effect: o.title, from: t(`strategy.perspective.${form.perspective}`), to: t(`strategy.perspective.${o.perspective}`) })}
          </Text>
        ))}
        <RecordTagsEditor kind="objective" recordId={objective.id} perspective={form.perspective} title={title} />
        <Group justify="space-between">
          <SaveStatus state={autosave.state} />
          <Button size="compact-sm" variant="outline" color="red.9" aria-label={t('strategy.objectives.deleteOf', { title })} onClick={() => void remove()}>
            {t('strategy.objectives.delete')}
          </Button>
        </Group>
        {deleteFailed && <Text c="red.9" size="sm" role="alert">{t('strategy.objectives.deleteFailed')}</Text>}
      </Stack>
    </Fieldset>
  );
}
