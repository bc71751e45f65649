import { Alert, Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Evaluation } from '@api/strategy';
import type { RoundView } from '@api/voting';
import { api } from '../api';
import { formatDay } from '../processes/labels';

/**
 * Offers to write the round's means (rounded to a whole point) as the agreed scores of one of the
 * process's self-evaluations. Nothing is written until the facilitator confirms, having been told
 * how many scores it replaces.
 */
export function ApplyMeans({ round, onApplied }: { round: RoundView; onApplied?: () => void }) {
  const { t, i18n } = useTranslation();
  const [evaluations, setEvaluations] = useState<Evaluation[] | null>(null);
  const [chosen, setChosen] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);
  const [taken, setTaken] = useState<number | null>(null);

  useEffect(() => {
    void api['strategy.get']({ processId: round.processId }).then((r) => {
      if (!r.ok) return;
      setEvaluations(r.value.evaluations);
      setChosen(r.value.evaluations.at(-1)?.id ?? '');
    });
  }, [round.processId]);

  const scored = round.items.filter((i) => i.mean !== null);
  if (!evaluations || scored.length === 0) return null;
  if (evaluations.length === 0) return <Text size="sm" c="dimmed">{t('voting.apply.none')}</Text>;
  const target = evaluations.find((e) => e.id === chosen);
  const replaces = target ? scored.filter((i) => target.scores[i.id] !== undefined).length : 0;

  const apply = async () => {
    const r = await api['voting.applyMeans']({ roundId: round.id, evaluationId: chosen });
    setConfirming(false);
    setFailed(!r.ok);
    if (r.ok) {
      setDone(r.value.written);
      onApplied?.();
    }
  };

  // Each phone's set becomes an anonymous participant's own scores, so the spread can be talked about.
  const takeSets = async () => {
    const r = await api['voting.takeScoreSets']({ roundId: round.id, evaluationId: chosen });
    setFailed(!r.ok);
    if (r.ok) {
      setTaken(r.value.participants);
      onApplied?.();
    }
  };

  return (
    <Stack gap="xs" mt="sm">
      <Text size="sm">{t('voting.apply.hint')}</Text>
      <Group align="flex-end">
        <NativeSelect label={t('voting.apply.evaluation')} value={chosen} onChange={(e) => { setChosen(e.currentTarget.value); setConfirming(false); setDone(null); setTaken(null); }}
          data={evaluations.map((e) => ({ value: e.id, label: t('strategy.evaluation.nameOf', { kind: t(`strategy.evaluationKind.${e.kind}`), date: formatDay(e.takenOn, i18n.language) }) }))} />
        {!confirming && <Button variant="light" onClick={() => (replaces ? setConfirming(true) : void apply())}>{t('voting.apply.button')}</Button>}
        {round.status === 'closed' && taken === null && <Button variant="default" onClick={() => void takeSets()}>{t('voting.apply.takeSets')}</Button>}
      </Group>
      {confirming && (
        <Alert color="orange" title={t('voting.apply.replaces', { count: replaces })}>
          <Group mt="xs">
            <Button color="orange" onClick={() => void apply()}>{t('voting.apply.confirm')}</Button>
            <Button variant="default" onClick={() => setConfirming(false)}>{t('common.cancel')}</Button>
          </Group>
        </Alert>
      )}
      {done !== null && <Text size="sm" c="teal.9" role="status">{t('voting.apply.done', { count: done })}</Text>}
      {taken !== null && <Text size="sm" c="teal.9" role="status">{t('voting.apply.takenSets', { n: taken })}</Text>}
      {failed && <Alert color="red" role="alert">{t('errors.internal')}</Alert>}
    </Stack>
  );
}
