import { Badge, Button, Group, Paper, SegmentedControl, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity, Objective } from '@api/strategy';
import { ACTIVITY_STATUSES, ActivityInput } from '@api/strategy';
import { toFieldIssues } from '@api/validation';
import { api } from '../api';
import { issueMessages } from '../saving/validation';
import { ActivityEditor, activityDraftKey } from './ActivityEditor';
import { deleteWithUndo } from './deleteWithUndo';
import { LearningPlan } from './LearningPlan';
import { formatMoney } from '@api/numbers';
import { formatShortDay, objectiveOptions } from './planLabels';
import type { TabProps } from './types';
import { drafts } from '../saving/drafts';
import { RecordChips } from '../standards/TagChips';

type Status = (typeof ACTIVITY_STATUSES)[number];
const A = 'strategy.activities';

/**
 * The action plan: what the SME will do, who does it by when, at what cost, and what it brings the
 * business and its stakeholders; and, seen from the learning side, the learning plan.
 */
export function ActivitiesTab({ data, apply, startWith = 'plan' }: TabProps & { startWith?: 'plan' | 'learning' }) {
  const { t } = useTranslation();
  const { activities, objectives, processId } = data.strategy;
  // The learning needs worksheet opens on the learning plan.
  const [view, setView] = useState<'plan' | 'learning'>(startWith);
  // An activity with changes kept on this computer (not saved yet) opens by itself.
  const [editing, setEditing] = useState<string | null>(() => activities.find((a) => drafts.has(activityDraftKey(a.id)))?.id ?? null);
  const [status, setStatus] = useState<'all' | Status>('all');
  const [objective, setObjective] = useState<string>('all');
  const [learningOnly, setLearningOnly] = useState(false);

  const owners = [...new Set([...(data.sme?.contacts ?? []).map((c) => c.name), ...activities.map((a) => a.owner)].filter(Boolean))];
  const learningCount = activities.filter((a) => a.learning).length;
  // The activity being edited stays in view even when a change takes it out of the filter.
  const shown = activities.filter(
    (a) =>
      a.id === editing ||
      ((status === 'all' || a.status === status) &&
        (objective === 'all' || (objective === 'none' ? a.objectiveId === null : a.objectiveId === objective)) &&
        (!learningOnly || a.learning)),
  );

  const add = async (title: string, learning: boolean) => {
    const r = await apply(api['activities.save']({ processId, data: { title, learning } }));
    // A new activity goes to the end of the plan.
    if (r.ok) {
      setView('plan');
      setEditing(r.value.activities.at(-1)?.id ?? null);
    }
    return r;
  };
  const remove = async (activity: Activity) => {
    const ok = await deleteWithUndo(apply, 'activities', activity.id, t('undo.activity', { name: activity.title }));
    if (ok && editing === activity.id) setEditing(null);
  };

  return (
    <Stack gap="md">
      <Text maw={760}>{t(`${A}.intro`)}</Text>
      <SegmentedControl
        aria-label={t(`${A}.view`)}
        value={view}
        onChange={(v) => setView(v as 'plan' | 'learning')}
        data={[
          { value: 'plan', label: t(`${A}.views.plan`, { count: activities.length }) },
          { value: 'learning', label: t(`${A}.views.learning`, { count: learningCount }) },
        ]}
        style={{ alignSelf: 'flex-start', maxWidth: '100%' }}
      />
      {view === 'learning' ? (
        <LearningPlan activities={activities} objectives={objectives} onEdit={(id) => { setView('plan'); setEditing(id); }} />
      ) : (
        <>
          {activities.length > 0 && (
            <Group gap="sm" align="flex-end" wrap="wrap" role="group" aria-label={t(`${A}.filters`)}>
              <Select
                label={t(`${A}.filterStatus`)}
                w={200}
                allowDeselect={false}
                value={status}
                onChange={(v) => setStatus((v ?? 'all') as 'all' | Status)}
                data={[{ value: 'all', label: t(`${A}.allStatuses`) }, ...ACTIVITY_STATUSES.map((s) => ({ value: s, label: t(`strategy.activityStatus.${s}`) }))]}
              />
              <Select
                label={t(`${A}.filterObjective`)}
                w={300}
                allowDeselect={false}
                value={objective}
                onChange={(v) => setObjective(v ?? 'all')}
                data={[{ value: 'all', label: t(`${A}.allObjectives`) }, { value: 'none', label: t(`${A}.noObjective`) }, ...objectiveOptions(objectives, t)]}
              />
              <Switch label={t(`${A}.learningOnly`)} checked={learningOnly} onChange={(e) => setLearningOnly(e.currentTarget.checked)} mb={8} />
            </Group>
          )}
          {activities.length === 0 ? (
            <Text>{t(`${A}.empty`)}</Text>
          ) : (
            <Text size="sm" role="status">{t(`${A}.showing`, { shown: shown.length, count: activities.length })}</Text>
          )}
          <Stack component="ul" aria-label={t(`${A}.listLabel`)} gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {shown.map((activity) => (
              <Paper component="li" key={activity.id} withBorder p="sm" data-activity={activity.id}>
                <ActivitySummary
                  country={data.sme?.country}
                  activity={activity}
                  objective={objectives.find((o) => o.id === activity.objectiveId)}
                  editing={editing === activity.id}
                  onEdit={() => setEditing(activity.id)}
                  onDelete={() => void remove(activity)}
                />
                {editing === activity.id && (
                  <Stack mt="sm">
                    <ActivityEditor activity={activity} country={data.sme?.country} processId={processId} objectives={objectives} owners={owners} apply={apply} onClose={() => setEditing(null)} />
                  </Stack>
                )}
              </Paper>
            ))}
          </Stack>
        </>
      )}
      <NewActivity learning={view === 'learning'} onAdd={add} />
    </Stack>
  );
}

function ActivitySummary({ activity, country, objective, editing, onEdit, onDelete }: {
  activity: Activity;
  /** The SME's country, whose currency the cost is in. */
  country: string | null | undefined;
  objective: Objective | undefined;
  editing: boolean;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { t, i18n } = useTranslation();
  const day = (d: string) => formatShortDay(d, i18n.language);
  const when = activity.startDate && activity.dueDate
    ? t(`${A}.period`, { start: day(activity.startDate), due: day(activity.dueDate) })
    : activity.dueDate ? t(`${A}.dueOn`, { date: day(activity.dueDate) })
    : activity.startDate ? t(`${A}.startsOn`, { date: day(activity.startDate) }) : null;
  const facts = [
    t(`${A}.kindShown`, { kind: t(`strategy.activityKind.${activity.kind}`) }),
    objective && t(`${A}.objectiveShown`, { title: objective.title, perspective: t(`strategy.perspective.${objective.perspective}`) }),
    activity.owner && t(`${A}.ownerShown`, { owner: activity.owner }),
    when,
    activity.cost !== null && t(`${A}.costShown`, { amount: formatMoney(activity.cost, i18n.language, country) }),
  ].filter(Boolean);

  return (
    <Stack gap={4}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Group gap="xs" wrap="wrap" style={{ minWidth: 0 }}>
          <Text fw={700} style={{ overflowWrap: 'anywhere' }}>{activity.title}</Text>
          <Badge variant="default" tt="none">{t(`strategy.activityStatus.${activity.status}`)}</Badge>
          {activity.overdue && <Badge color="red" variant="filled" tt="none" data-overdue>{t(`${A}.overdue`)}</Badge>}
          {activity.learning && <Badge color="teal" variant="filled" tt="none">{t(`${A}.learningBadge`)}</Badge>}
          <RecordChips recordId={activity.id} label={t('standards.tagsOf', { title: activity.title })} />
        </Group>
        {!editing && (
          <Group gap="xs" wrap="nowrap">
            <Button size="xs" variant="default" aria-label={t(`${A}.editNamed`, { title: activity.title })} onClick={onEdit}>{t(`${A}.edit`)}</Button>
            <Button size="xs" variant="default" color="red" aria-label={t(`${A}.deleteNamed`, { title: activity.title })} onClick={onDelete}>{t(`${A}.delete`)}</Button>
          </Group>
        )}
      </Group>
      <Text size="sm">{facts.join(' · ')}</Text>
      {!editing && (activity.businessBenefit || activity.stakeholderBenefit) && (
        <Text size="sm" lineClamp={3}>
          {activity.businessBenefit && t(`${A}.forBusiness`, { text: activity.businessBenefit })}
          {activity.businessBenefit && activity.stakeholderBenefit && ' '}
          {activity.stakeholderBenefit && t(`${A}.forStakeholders`, { text: activity.stakeholderBenefit })}
        </Text>
      )}
    </Stack>
  );
}

/** Starts an activity from its title; the rest is filled in in its editor, which opens at once. */
function NewActivity({ learning, onAdd }: { learning: boolean; onAdd: (title: string, learning: boolean) => ReturnType<TabProps['apply']> }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | undefined>();
  const submit = async () => {
    const parsed = ActivityInput.safeParse({ title });
    if (!parsed.success) return setError(issueMessages(toFieldIssues(parsed.error.issues), t)['title']);
    const r = await onAdd(parsed.data.title, learning);
    if (r.ok) setTitle('');
    setError(r.ok ? undefined : issueMessages(r.error.issues ?? [], t)['title'] ?? t(`errors.${r.error.code}`, { defaultValue: t('errors.internal') }));
  };
  const label = learning ? t(`${A}.newLearningTitle`) : t(`${A}.newTitle`);
  return (
    <form onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <Group align="flex-start" gap="sm" wrap="wrap">
        <TextInput label={label} value={title} error={error} onChange={(e) => { setTitle(e.currentTarget.value); setError(undefined); }} style={{ flex: '1 1 280px' }} />
        <Button type="submit" mt={{ base: 0, xs: 25 }}>{learning ? t(`${A}.addLearning`) : t(`${A}.add`)}</Button>
      </Group>
    </form>
  );
}
