import { Alert, Button, Fieldset, Group, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Review, StrategyRecord } from '@api/strategy';
import { ReviewInput } from '@api/strategy';
import { toFieldIssues } from '@api/validation';
import { api } from '../api';
import { SaveStatus } from '../ui/SaveStatus';
import { formatDay } from '../processes/labels';
import { todayIso } from '../ui/dates';
import { useSavedForm } from '../saving/useSavedForm';
import { issueMessages } from '../saving/validation';
import { deleteWithUndo, putBack } from './deleteWithUndo';
import type { TabProps } from './types';

const V = 'strategy.reviews';
type Form = { heldOn: string; findings: string; decisions: string; nextOn: string };

const input = (f: Form) => ({ ...f, nextOn: f.nextOn || null });
const formOf = (r: Review): Form => ({ heldOn: r.heldOn, findings: r.findings, decisions: r.decisions, nextOn: r.nextOn ?? '' });
/** The issues of a review as typed: the schema's, and a next review that does not come after it. */
function formIssues(f: Form) {
  const parsed = ReviewInput.safeParse(input(f));
  const issues = parsed.success ? [] : toFieldIssues(parsed.error.issues);
  if (parsed.success && f.nextOn && f.nextOn <= f.heldOn) issues.push({ path: 'nextOn', code: 'next_before_held' });
  return issues;
}

/** The next planned review: the earliest "next review" from today on, else the latest one that has passed. */
function nextReview(reviews: readonly Review[], today: string): { date: string; overdue: boolean } | null {
  const planned = reviews.map((r) => r.nextOn).filter((d): d is string => !!d).sort();
  const coming = planned.find((d) => d >= today);
  if (coming) return { date: coming, overdue: false };
  // A planned date that passed counts only while no review was held since.
  const last = planned.at(-1);
  const lastHeld = reviews.map((r) => r.heldOn).sort().at(-1);
  return last && (!lastHeld || lastHeld < last) ? { date: last, overdue: true } : null;
}

/** The review meetings that keep the strategy alive: what was found, what was decided, when to meet next. */
export function ReviewsTab({ data, apply }: TabProps) {
  const { t, i18n } = useTranslation();
  const { reviews, processId } = data.strategy;
  // The order of the rows is fixed while the tab is open, so a row does not jump while its date is typed.
  const [ids, setIds] = useState(() => reviews.map((r) => r.id));
  const [adding, setAdding] = useState(false);
  const [addFailed, setAddFailed] = useState<string | null>(null);
  const next = nextReview(reviews, todayIso());

  const add = async () => {
    setAdding(true);
    const before = new Set(reviews.map((r) => r.id));
    const r = await apply(api['reviews.save']({ processId, data: { heldOn: todayIso(), findings: '', decisions: '', nextOn: null } }));
    setAdding(false);
    if (!r.ok) return setAddFailed(r.error.code);
    setAddFailed(null);
    const id = r.value.reviews.find((x) => !before.has(x.id))?.id;
    if (id) setIds((list) => [id, ...list]);
  };

  return (
    <Stack gap="lg">
      <Text maw={760}>{t(`${V}.intro`)}</Text>
      <Paper withBorder p="md" component="section" aria-labelledby="next-review" style={{ borderColor: `var(--mantine-color-${next?.overdue ? 'red' : 'teal'}-9)` }} data-next-review={next?.date ?? ''}>
        <Title order={3} size="h5" id="next-review">{t(`${V}.nextTitle`)}</Title>
        <Text fw={700} size="lg" c={next?.overdue ? 'red.9' : 'dark'}>
          {next ? t(next.overdue ? `${V}.nextOverdue` : `${V}.nextOn`, { date: formatDay(next.date, i18n.language) }) : t(`${V}.noNext`)}
        </Text>
        {data.strategy.reviewRoutine && <Text size="sm" mt={4}>{t(`${V}.routine`, { routine: data.strategy.reviewRoutine })}</Text>}
      </Paper>
      <Group>
        <Button variant="default" onClick={() => void add()} loading={adding}>{t(`${V}.add`)}</Button>
      </Group>
      {addFailed && <Alert color="red" role="alert">{t(`errors.${addFailed}`, { defaultValue: t('errors.internal') })}</Alert>}
      {ids.length === 0 && <Text c="dimmed">{t(`${V}.none`)}</Text>}
      {ids.map((id, index) => {
        const review = reviews.find((r) => r.id === id);
        return review ? (
          <ReviewRow
            key={id} review={review} strategy={data.strategy} apply={apply}
            onRemoved={() => setIds((list) => list.filter((x) => x !== id))} onRestored={() => setIds((list) => putBack(list, id, index))}
          />
        ) : null;
      })}
    </Stack>
  );
}

function ReviewRow({ review, strategy, apply, onRemoved, onRestored }: {
  review: Review;
  strategy: StrategyRecord;
  apply: TabProps['apply'];
  onRemoved: () => void;
  onRestored: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [deleteFailed, setDeleteFailed] = useState(false);
  // Every review is stored when it is added, so a row always has its id.
  const autosave = useSavedForm<Form, StrategyRecord>({
    draftKey: `socialsme.review.${review.id}`,
    initial: () => formOf(review),
    base: { part: formOf(review) },
    baseOf: (s) => {
      const r = s.reviews.find((x) => x.id === review.id);
      return { part: r ? formOf(r) : null };
    },
    check: (f) => issueMessages(formIssues(f), t),
    send: (f) => apply(api['reviews.save']({ processId: strategy.processId, id: review.id, data: input(f) })),
    refusalPrefix: 'data.',
  });
  const { form, errors, edit } = autosave;
  const held = /^\d{4}-\d{2}-\d{2}$/.test(form.heldOn) ? formatDay(form.heldOn, i18n.language) : t(`${V}.undated`);
  const remove = async () => {
    await autosave.flush();
    if (!(await deleteWithUndo(apply, 'reviews', review.id, t('undo.review', { date: held }), onRestored))) return setDeleteFailed(true);
    autosave.discard();
    onRemoved();
  };
  const blur = () => void autosave.flush();

  return (
    <Fieldset legend={<Title order={3} size="h5" component="span">{t(`${V}.reviewOf`, { date: held })}</Title>} data-review={form.heldOn}>
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput type="date" label={t(`${V}.heldOn`)} required value={form.heldOn} error={errors.heldOn} onChange={(e) => edit({ heldOn: e.currentTarget.value })} onBlur={blur} />
          <TextInput type="date" label={t(`${V}.nextOnLabel`)} description={t(`${V}.nextOnHint`)} value={form.nextOn} error={errors.nextOn} onChange={(e) => edit({ nextOn: e.currentTarget.value })} onBlur={blur} />
        </SimpleGrid>
        <Textarea label={t(`${V}.findings`)} description={t(`${V}.findingsHint`)} autosize minRows={3} value={form.findings} error={errors.findings} onChange={(e) => edit({ findings: e.currentTarget.value })} onBlur={blur} />
        <Textarea label={t(`${V}.decisions`)} description={t(`${V}.decisionsHint`)} autosize minRows={3} value={form.decisions} error={errors.decisions} onChange={(e) => edit({ decisions: e.currentTarget.value })} onBlur={blur} />
        <Group justify="space-between">
          <SaveStatus state={autosave.state} />
          <Button size="compact-sm" variant="outline" color="red.9" aria-label={t(`${V}.deleteOf`, { date: held })} onClick={() => void remove()}>
            {t(`${V}.delete`)}
          </Button>
        </Group>
        {deleteFailed && <Text c="red.9" size="sm" role="alert">{t(`${V}.deleteFailed`)}</Text>}
      </Stack>
    </Fieldset>
  );
}
