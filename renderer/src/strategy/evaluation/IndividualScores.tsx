import { Alert, Button, Group, NativeSelect, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { scoreEvaluation, spreadOf } from '@api/scoring';
import type { Evaluation, EvaluationParticipant } from '@api/strategy';
import { PERSPECTIVES } from '@api/strategy';
import { api } from '../../api';
import { ConfirmDelete } from '../../ui/ConfirmDelete';
import { RadarChart } from '../charts/RadarChart';
import type { ApplyChange } from '../useStrategy';
import type { Statement } from './statements';

/** How many statements of widest disagreement are listed for the talk. */
const LISTED = 10;

export const participantName = (p: EvaluationParticipant, index: number, t: TFunction) => p.name || t('strategy.participants.anonymous', { n: index + 1 });

/**
 * Each participant's own scores beside the agreed ones (optional; by name or anonymous), and how
 * far they lie apart: per perspective on the radar (lowest to highest) and per statement, widest
 * disagreement first, because those differences are the most useful part of the talk.
 */
export function IndividualScores({ evaluation, statements, agreed, processId, apply }: {
  evaluation: Evaluation;
  statements: Statement[];
  agreed: Record<string, number>;
  processId: string;
  apply: ApplyChange;
}) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  // Removing a participant drops their own scores, so it is asked first.
  const [removing, setRemoving] = useState<{ participant: EvaluationParticipant; name: string } | null>(null);
  const people = evaluation.participants;
  const done = (ok: boolean) => setFailed(!ok);
  const add = async () => done((await apply(api['evaluations.saveParticipant']({ evaluationId: evaluation.id, data: { name: '' } }))).ok);
  const rename = async (p: EvaluationParticipant, name: string) => {
    if (name.trim() !== p.name) done((await apply(api['evaluations.saveParticipant']({ evaluationId: evaluation.id, id: p.id, data: { name } }))).ok);
  };
  const remove = async (p: EvaluationParticipant) => {
    setRemoving(null);
    done((await apply(api['evaluations.deleteParticipant']({ id: p.id }))).ok);
  };
  const score = async (p: EvaluationParticipant, itemId: string, value: string) => {
    const r = await api['evaluations.setParticipantScore']({ id: p.id, itemId, score: value === '' ? null : Number(value) });
    done(r.ok);
    if (r.ok) await apply(api['strategy.get']({ processId }));
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby={`participants-${evaluation.id}`} data-participants>
      <Stack gap={2}>
        <Title order={3} size="h4" id={`participants-${evaluation.id}`}>{t('strategy.participants.title')}</Title>
        <Text size="sm">{t('strategy.participants.intro')}</Text>
      </Stack>
      <Group gap="sm" align="flex-end">
        {people.map((p, i) => (
          <Group key={p.id} gap={4} align="flex-end" wrap="nowrap">
            <TextInput
              label={t('strategy.participants.name', { n: i + 1 })}
              placeholder={t('strategy.participants.anonymous', { n: i + 1 })}
              defaultValue={p.name}
              w={180}
              onBlur={(e) => void rename(p, e.currentTarget.value)}
            />
            <Button size="sm" variant="default" aria-label={t('strategy.participants.removeNamed', { name: participantName(p, i, t) })} onClick={() => setRemoving({ participant: p, name: participantName(p, i, t) })}>
              {t('strategy.participants.remove')}
            </Button>
          </Group>
        ))}
        <Button variant="default" onClick={() => void add()}>{t('strategy.participants.add')}</Button>
      </Group>
      {failed && <Alert color="red" role="alert">{t('errors.internal')}</Alert>}
      {people.length > 0 && (
        <Table.ScrollContainer minWidth={420 + people.length * 90}>
          <Table verticalSpacing={2} aria-label={t('strategy.participants.tableLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('strategy.participants.statement')}</Table.Th>
                <Table.Th>{t('strategy.participants.agreed')}</Table.Th>
                {people.map((p, i) => <Table.Th key={p.id}>{participantName(p, i, t)}</Table.Th>)}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {statements.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td><Text size="sm" lineClamp={2}>{`${s.n}. ${s.text}`}</Text></Table.Td>
                  <Table.Td>{agreed[s.id] ?? '–'}</Table.Td>
                  {people.map((p, i) => (
                    <Table.Td key={p.id}>
                      <NativeSelect
                        size="xs"
                        aria-label={t('strategy.participants.scoreOf', { name: participantName(p, i, t), n: s.n })}
                        data={['', '1', '2', '3', '4', '5']}
                        value={p.scores[s.id] === undefined ? '' : String(p.scores[s.id])}
                        onChange={(e) => void score(p, s.id, e.currentTarget.value)}
                      />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Spread evaluation={evaluation} statements={statements} agreed={agreed} />
      <ConfirmDelete
        opened={removing !== null}
        title={t('strategy.participants.removeTitle')}
        text={t('strategy.participants.removeText', { name: removing?.name ?? '' })}
        confirm={t('strategy.participants.remove')}
        onCancel={() => setRemoving(null)}
        onConfirm={() => removing && void remove(removing.participant)}
      />
    </Stack>
  );
}

/** Where the participants differ: lowest to highest per perspective, and the statements of widest disagreement. */
function Spread({ evaluation, statements, agreed }: { evaluation: Evaluation; statements: Statement[]; agreed: Record<string, number> }) {
  const { t, i18n } = useTranslation();
  const spread = spreadOf(statements, evaluation.participants);
  if (evaluation.participants.length === 0) return null;
  if (spread.participants < 2) return <Text size="sm" c="dimmed">{t('strategy.participants.needTwo')}</Text>;
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  const range = (lo: number, hi: number) => t('strategy.participants.range', { min: number.format(lo), max: number.format(hi) });
  const means = scoreEvaluation(statements, agreed).perspectives;
  const byId = new Map(statements.map((s) => [s.id, s]));
  const differing = spread.statements.filter((s) => s.range > 0).slice(0, LISTED);
  return (
    <Stack gap="xs" data-spread>
      <Title order={4}>{t('strategy.participants.spreadTitle')}</Title>
      <Text size="sm">{t('strategy.participants.spreadIntro', { n: spread.participants })}</Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <RadarChart
          label={t('strategy.participants.radarLabel')}
          axes={PERSPECTIVES.map((p) => t(`strategy.perspective.${p}`))}
          series={[{ name: t('strategy.participants.agreed'), values: PERSPECTIVES.map((p) => means[p]) }]}
          band={{ name: t('strategy.participants.band'), min: PERSPECTIVES.map((p) => spread.perspectives[p]?.min ?? null), max: PERSPECTIVES.map((p) => spread.perspectives[p]?.max ?? null) }}
        />
        <Table withTableBorder verticalSpacing={4} data-perspective-spread>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('strategy.evaluation.dimension')}</Table.Th>
              <Table.Th>{t('strategy.participants.agreed')}</Table.Th>
              <Table.Th>{t('strategy.participants.lowestHighest')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {PERSPECTIVES.map((p) => (
              <Table.Tr key={p}>
                <Table.Td>{t(`strategy.perspective.${p}`)}</Table.Td>
                <Table.Td>{means[p] === null ? '–' : number.format(means[p])}</Table.Td>
                <Table.Td>{spread.perspectives[p] ? range(spread.perspectives[p].min, spread.perspectives[p].max) : '–'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </SimpleGrid>
      <Title order={5}>{t('strategy.participants.widestFirst')}</Title>
      {differing.length === 0 ? (
        <Text size="sm">{t('strategy.participants.noDisagreement')}</Text>
      ) : (
        <Stack component="ol" gap={4} m={0} pl="lg" data-widest>
          {differing.map((s) => (
            <Text component="li" size="sm" key={s.id} data-statement={s.id}>
              {`${byId.get(s.id)?.text ?? s.id} — ${range(s.min, s.max)}`}
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
