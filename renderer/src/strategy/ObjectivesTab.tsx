import { Button, Group, List, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Perspective } from '@api/strategy';
import { PERSPECTIVES } from '@api/strategy';
import { isDownward } from '@api/strategy-map';
import { api } from '../api';
import { StrategyMap } from './charts/StrategyMap';
import { ObjectiveEditor } from './objectives/ObjectiveEditor';
import type { TabProps } from './types';
import { refusalMessages } from '../saving/validation';

/** Workshop 3: the objectives on the four scorecard perspectives and the map of what leads to what. */
export function ObjectivesTab({ data, apply }: TabProps) {
  const { t } = useTranslation();
  const objectives = data.strategy.objectives;
  const titles = new Map(objectives.map((o) => [o.id, o.title]));
  const links = objectives.flatMap((o) => o.leadsTo.filter((to) => titles.has(to)).map((to) => ({ from: o.id, to })));
  const perspectiveOf = new Map(objectives.map((o) => [o.id, o.perspective]));
  const anyDownward = links.some((l) => isDownward(perspectiveOf.get(l.from)!, perspectiveOf.get(l.to)!));

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={3}>{t('strategy.objectives.title')}</Title>
        <Text size="sm">{t('strategy.objectives.intro')}</Text>
      </Stack>
      <NewObjective processId={data.process.id} apply={apply} />
      {/* One flat list of keyed children, so an objective moved to another perspective keeps its editor (and focus). */}
      <Stack gap="sm">
        {PERSPECTIVES.flatMap((p) => {
          const own = objectives.filter((o) => o.perspective === p);
          return [
            <Title order={4} mt="sm" key={`heading-${p}`}>{t(`strategy.perspective.${p}`)}</Title>,
            ...(own.length === 0 ? [<Text size="sm" c="dimmed" key={`none-${p}`}>{t('strategy.objectives.none')}</Text>] : []),
            ...own.map((o) => (
              <ObjectiveEditor key={o.id} objective={o} objectives={objectives} processId={data.process.id} apply={apply} />
            )),
          ];
        })}
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="strategy-map">
        <Title order={3} size="h4" id="strategy-map">{t('strategy.objectives.mapTitle')}</Title>
        {objectives.length === 0 ? (
          <Text size="sm" c="dimmed">{t('strategy.charts.mapEmpty')}</Text>
        ) : (
          <>
            <StrategyMap label={t('strategy.charts.mapLabel', { count: objectives.length })} objectives={objectives} perspectiveLabel={(p) => t(`strategy.perspective.${p}`)} />
            {anyDownward && <Text size="sm" c="#9a3412">{t('strategy.charts.mapDownward')}</Text>}
            <Title order={4}>{t('strategy.objectives.mapListTitle')}</Title>
            {links.length === 0 ? (
              <Text size="sm">{t('strategy.objectives.noLinks')}</Text>
            ) : (
              <List size="sm" data-map-links>
                {links.map((l) => (
                  <List.Item key={`${l.from}-${l.to}`}>{t('strategy.objectives.leadsToList', { cause: titles.get(l.from), effect: titles.get(l.to) })}</List.Item>
                ))}
              </List>
            )}
          </>
        )}
      </Stack>
    </Stack>
  );
}

function NewObjective({ processId, apply }: { processId: string; apply: TabProps['apply'] }) {
  const { t } = useTranslation();
  const [perspective, setPerspective] = useState<Perspective>('business');
  const [title, setTitle] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const add = async () => {
    if (!title.trim()) return setErrors({ title: t('validation.required') });
    setBusy(true);
    const r = await apply(api['objectives.save']({ processId, data: { perspective, title } }));
    setBusy(false);
    if (!r.ok) return setErrors(r.error.code === 'validation' ? refusalMessages(r.error.issues, 'data.', t) : { form: t('strategy.objectives.addFailed') });
    setErrors({});
    setTitle('');
  };

  return (
    <Paper withBorder p="sm" component="form" aria-labelledby="new-objective" onSubmit={(e) => { e.preventDefault(); void add(); }}>
      <Stack gap="xs">
        <Title order={3} size="h5" id="new-objective">{t('strategy.objectives.newTitle')}</Title>
        <Group align="flex-end" gap="sm">
          <NativeSelect
            label={t('strategy.objectives.perspective')}
            data={PERSPECTIVES.map((p) => ({ value: p, label: t(`strategy.perspective.${p}`) }))}
            value={perspective}
            onChange={(e) => setPerspective(e.currentTarget.value as Perspective)}
          />
          <TextInput label={t('strategy.objectives.titleLabel')} value={title} error={errors.title} onChange={(e) => setTitle(e.currentTarget.value)} style={{ flex: '1 1 260px' }} />
          <Button type="submit" loading={busy}>{t('strategy.objectives.add')}</Button>
        </Group>
        {errors.form && <Text c="red.9" role="alert">{errors.form}</Text>}
      </Stack>
    </Paper>
  );
}
