import { Alert, Badge, Button, Group, NativeSelect, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { scoreEvaluation } from '@api/scoring';
import type { Evaluation } from '@api/strategy';
import { EVALUATION_KINDS } from '@api/strategy';
import { api } from '../api';
import { formatDay } from '../processes/labels';
import { todayIso } from '../ui/dates';
import { ConfirmDelete } from '../ui/ConfirmDelete';
import { EvaluationDetails } from './evaluation/EvaluationDetails';
import { EvaluationResult } from './evaluation/EvaluationResult';
import { StartingPoints } from './evaluation/StartingPoints';
import type { Statement } from './evaluation/statements';
import { editionStatements, readSheet } from './evaluation/statements';
import { IndividualScores } from './evaluation/IndividualScores';
import { StatementsForm } from './evaluation/StatementsForm';
import { useScores } from './evaluation/useScores';
import type { TabProps } from './types';
import { refusalMessages } from '../saving/validation';
import { PhoneRounds } from '../voting/PhoneRounds';

type Kind = Evaluation['kind'];

/** The kind a new evaluation most likely is: the baseline first, then the end of the cycle, then follow-ups. */
const nextKind = (evaluations: Evaluation[]): Kind =>
  !evaluations.some((e) => e.kind === 'baseline') ? 'baseline' : !evaluations.some((e) => e.kind === 'end') ? 'end' : 'followup';

/** The self-evaluations of the process: list, the sheet to fill in, the result and the starting points. */
export function EvaluationTab({ data, apply }: TabProps) {
  const { t, i18n } = useTranslation();
  const processId = data.process.id;
  const evaluations = data.strategy.evaluations;
  const sheet = useMemo(() => readSheet(data.selfEvaluation), [data.selfEvaluation]);
  const statementsOf = useMemo(() => {
    const byEdition = new Map<number, Statement[]>();
    return (e: Evaluation) => {
      if (!byEdition.has(e.edition)) byEdition.set(e.edition, e.edition === data.editions.current ? sheet.statements : editionStatements(data.editions, e.edition));
      return byEdition.get(e.edition)!;
    };
  }, [data.editions, sheet]);
  const scores = useScores(processId, apply);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Evaluation | null>(null);
  const [failed, setFailed] = useState(false);
  const selected = evaluations.length > 0 ? (evaluations.find((e) => e.id === selectedId) ?? evaluations.at(-1)) : undefined;
  const earlier = selected ? evaluations[evaluations.indexOf(selected) - 1] : undefined;
  const nameOf = (e: Evaluation) => t('strategy.evaluation.nameOf', { kind: t(`strategy.evaluationKind.${e.kind}`), date: formatDay(e.takenOn, i18n.language) });

  const remove = async () => {
    if (!deleting) return;
    const r = await apply(api['evaluations.delete']({ id: deleting.id }));
    setFailed(!r.ok);
    setDeleting(null);
  };

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={3}>{t('strategy.evaluation.title')}</Title>
        <Text size="sm">{t('strategy.evaluation.intro')}</Text>
      </Stack>
      <EvaluationList evaluations={evaluations} selectedId={selected?.id ?? null} statementsOf={statementsOf} scoresOf={scores.scoresOf} nameOf={nameOf} onOpen={setSelectedId} onDelete={setDeleting} />
      {failed && <Alert color="red" role="alert">{t('errors.internal')}</Alert>}
      <NewEvaluation
        key={evaluations.length}
        processId={processId}
        known={evaluations.map((e) => e.id)}
        kind={nextKind(evaluations)}
        apply={apply}
        onCreated={(id) => setSelectedId(id)}
      />
      {selected && (
        <Paper withBorder p="md" key={selected.id} data-evaluation={selected.id}>
          <Stack gap="lg">
            <Stack gap="xs">
              <Title order={3} size="h4">{t('strategy.evaluation.detailsTitle')}</Title>
              <EvaluationDetails evaluation={selected} apply={apply} />
              {selected.edition !== data.editions.current && (
                <Alert color="gray" data-older-edition>{t('strategy.evaluation.olderEdition', { edition: selected.edition, current: data.editions.current })}</Alert>
              )}
            </Stack>
            <StatementsForm
              name={nameOf(selected)}
              sheet={{ statements: statementsOf(selected), scale: sheet.scale }}
              scores={scores.scoresOf(selected)}
              choose={(itemId, score) => scores.choose(selected.id, itemId, score)}
              retry={(itemId) => scores.retry(selected.id, itemId)}
              hasFailed={(itemId) => scores.hasFailed(selected.id, itemId)}
              state={scores.state}
            />
            <IndividualScores evaluation={selected} statements={statementsOf(selected)} agreed={scores.scoresOf(selected)} processId={processId} apply={apply} />
            <StartingPoints
              processId={processId}
              statements={statementsOf(selected)}
              scores={scores.scoresOf(selected)}
              earlier={earlier && scores.scoresOf(earlier)}
              objectives={data.strategy.objectives}
              apply={apply}
            />
          </Stack>
        </Paper>
      )}
      {evaluations.length > 0 && <EvaluationResult evaluations={evaluations} statementsOf={statementsOf} scoresOf={scores.scoresOf} nameOf={nameOf} />}
      <PhoneRounds processId={processId} onApplied={() => void apply(api['strategy.get']({ processId }))} />
      <ConfirmDelete
        opened={deleting !== null}
        title={t('strategy.evaluation.deleteTitle')}
        text={deleting ? t('strategy.evaluation.deleteText', { name: nameOf(deleting) }) : ''}
        confirm={t('strategy.evaluation.delete')}
        onCancel={() => setDeleting(null)}
        onConfirm={() => void remove()}
      />
    </Stack>
  );
}

function EvaluationList({ evaluations, selectedId, statementsOf, scoresOf, nameOf, onOpen, onDelete }: {
  evaluations: Evaluation[];
  selectedId: string | null;
  statementsOf: (e: Evaluation) => Statement[];
  scoresOf: (e: Evaluation) => Record<string, number>;
  nameOf: (e: Evaluation) => string;
  onOpen: (id: string) => void;
  onDelete: (e: Evaluation) => void;
}) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  if (evaluations.length === 0) return <Text c="dimmed">{t('strategy.evaluation.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table aria-label={t('strategy.evaluation.listLabel')} verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('strategy.evaluation.kind')}</Table.Th>
            <Table.Th>{t('strategy.evaluation.takenOn')}</Table.Th>
            <Table.Th>{t('strategy.evaluation.rated')}</Table.Th>
            <Table.Th>{t('strategy.evaluation.overall')}</Table.Th>
            <Table.Th>{t('strategy.evaluation.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {evaluations.map((e) => {
            const result = scoreEvaluation(statementsOf(e), scoresOf(e));
            return (
              <Table.Tr key={e.id} data-evaluation-row={e.id}>
                <Table.Td>{t(`strategy.evaluationKind.${e.kind}`)}</Table.Td>
                <Table.Td>{formatDay(e.takenOn, i18n.language)}</Table.Td>
                <Table.Td>{t('strategy.evaluation.ratedOf', { rated: result.rated, total: result.total })}</Table.Td>
                <Table.Td>{result.overall === null ? t('strategy.evaluation.notRated') : number.format(result.overall)}</Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    {e.id === selectedId ? (
                      <Badge variant="outline" color="dark">{t('strategy.evaluation.current')}</Badge>
                    ) : (
                      <Button size="compact-sm" variant="default" aria-label={t('strategy.evaluation.openOf', { name: nameOf(e) })} onClick={() => onOpen(e.id)}>
                        {t('strategy.evaluation.open')}
                      </Button>
                    )}
                    <Button size="compact-sm" variant="outline" color="red.9" aria-label={t('strategy.evaluation.deleteOf', { name: nameOf(e) })} onClick={() => onDelete(e)}>
                      {t('strategy.evaluation.delete')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function NewEvaluation({ processId, known, kind: initialKind, apply, onCreated }: {
  processId: string;
  /** The evaluations there are now, to tell which one the answer adds. */
  known: string[];
  kind: Kind;
  apply: TabProps['apply'];
  onCreated: (id: string) => void;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<Kind>(initialKind);
  const [takenOn, setTakenOn] = useState(todayIso());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const create = async () => {
    setBusy(true);
    const r = await apply(api['evaluations.create']({ processId, data: { kind, takenOn, note: '' } }));
    setBusy(false);
    if (!r.ok) return setErrors(r.error.code === 'validation' ? refusalMessages(r.error.issues, 'data.', t) : { form: t('errors.internal') });
    setErrors({});
    const added = r.value.evaluations.find((e) => !known.includes(e.id));
    if (added) onCreated(added.id);
  };

  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="new-evaluation">
      <Stack gap="xs">
        <Title order={3} size="h5" id="new-evaluation">{t('strategy.evaluation.newTitle')}</Title>
        <Group align="flex-end" gap="sm">
          <NativeSelect
            label={t('strategy.evaluation.kind')}
            data={EVALUATION_KINDS.map((k) => ({ value: k, label: t(`strategy.evaluationKind.${k}`) }))}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as Kind)}
          />
          <TextInput type="date" label={t('strategy.evaluation.takenOn')} value={takenOn} error={errors.takenOn} onChange={(e) => setTakenOn(e.currentTarget.value)} />
          <Button loading={busy} onClick={() => void create()}>{t('strategy.evaluation.create')}</Button>
        </Group>
        {errors.form && <Text c="red.9" role="alert">{errors.form}</Text>}
      </Stack>
    </Paper>
  );
}
