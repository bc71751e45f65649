import { Alert, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { scoreEvaluation, sharedStatements } from '@api/scoring';
import type { Evaluation, Scores } from '@api/strategy';
import { PERSPECTIVES, RELATIONSHIPS } from '@api/strategy';
import { RadarChart } from '../charts/RadarChart';
import type { Statement } from './statements';

interface Props {
  evaluations: Evaluation[];
  statementsOf: (e: Evaluation) => Statement[];
  scoresOf: (e: Evaluation) => Record<string, number>;
  nameOf: (e: Evaluation) => string;
}

interface Area {
  key: string;
  label: string;
  value: (s: Scores) => number | null;
}

const pick = (evaluations: Evaluation[], id: string | null, fallback: Evaluation | undefined) => evaluations.find((e) => e.id === id) ?? fallback;

/**
 * The result of the self-evaluations: mean scores by perspective and by relationship, two of them
 * side by side (by default the first and the latest) on radar charts and in tables.
 */
export function EvaluationResult({ evaluations, statementsOf, scoresOf, nameOf }: Props) {
  const { t } = useTranslation();
  const [firstId, setFirstId] = useState<string | null>(null);
  const [secondId, setSecondId] = useState<string | null>(null);
  const first = pick(evaluations, firstId, evaluations[0]);
  const second = pick(evaluations, secondId, evaluations.at(-1));
  if (!first || !second) return null;
  const shown = first.id === second.id ? [first] : [first, second];
  // Two editions are compared only on the statements both share, so no mean moves because the questions changed.
  const mixed = first.edition !== second.edition;
  const shared = mixed ? sharedStatements(statementsOf(first), statementsOf(second)) : null;
  const compared = { names: shown.map(nameOf), results: shown.map((e) => scoreEvaluation(shared ?? statementsOf(e), scoresOf(e))) };
  const options = evaluations.map((e) => ({ value: e.id, label: nameOf(e) }));
  const perspectives: Area[] = PERSPECTIVES.map((p) => ({ key: p, label: t(`strategy.perspective.${p}`), value: (s) => s.perspectives[p] }));
  const relationships: Area[] = RELATIONSHIPS.map((r) => ({ key: r, label: t(`strategy.relationship.${r}`), value: (s) => s.relationships[r] }));

  return (
    <Stack gap="sm" component="section" aria-labelledby="evaluation-result">
      <Title order={3} size="h4" id="evaluation-result">{t('strategy.evaluation.resultTitle')}</Title>
      <Text size="sm">{t('strategy.evaluation.resultIntro')}</Text>
      {evaluations.length > 1 && (
        <Group gap="sm" align="flex-end">
          <Select label={t('strategy.evaluation.compareFirst')} data={options} value={first.id} onChange={(v) => v && setFirstId(v)} allowDeselect={false} w={260} />
          <Select label={t('strategy.evaluation.compareSecond')} data={options} value={second.id} onChange={(v) => v && setSecondId(v)} allowDeselect={false} w={260} />
        </Group>
      )}
      {shared && (
        <Alert color="gray" data-shared-only>
          {t('strategy.evaluation.sharedOnly', { n: shared.length, first: first.edition, second: second.edition })}
        </Alert>
      )}
      <ResultPart heading={t('strategy.evaluation.byPerspective')} subject={t('strategy.charts.radarPerspectives')} areas={perspectives} overall {...compared} />
      <ResultPart heading={t('strategy.evaluation.byRelationship')} subject={t('strategy.charts.radarRelationships')} areas={relationships} {...compared} />
    </Stack>
  );
}

/** One radar chart and the table with the same numbers (and the change between the two evaluations). */
function ResultPart({ heading, subject, areas, overall = false, names, results }: {
  heading: string;
  subject: string;
  areas: Area[];
  overall?: boolean;
  names: string[];
  results: Scores[];
}) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const signed = new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const rows: Area[] = overall ? [...areas, { key: 'overall', label: t('strategy.evaluation.overall'), value: (s) => s.overall }] : areas;
  const cell = (v: number | null) => (v === null ? t('strategy.evaluation.notRated') : number.format(v));
  const series = names.map((name, i) => ({ name, values: areas.map((a) => a.value(results[i]!)) }));

  return (
    <Stack gap="xs">
      <Title order={4}>{heading}</Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <RadarChart label={t('strategy.charts.radarTitle', { subject, series: names.join(' / ') })} axes={areas.map((a) => a.label)} series={series} />
        <Table.ScrollContainer minWidth={300}>
          <Table withTableBorder verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('strategy.evaluation.dimension')}</Table.Th>
                {names.map((name, i) => <Table.Th key={i}>{name}</Table.Th>)}
                {names.length === 2 && <Table.Th>{t('strategy.evaluation.change')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => {
                const values = results.map((s) => r.value(s));
                const change = values.length === 2 && values[0] !== null && values[1] !== null ? values[1]! - values[0]! : null;
                return (
                  <Table.Tr key={r.key} fw={r.key === 'overall' ? 700 : undefined}>
                    <Table.Td>{r.label}</Table.Td>
                    {values.map((v, i) => <Table.Td key={i}>{cell(v)}</Table.Td>)}
                    {names.length === 2 && <Table.Td>{change === null ? '–' : signed.format(Math.round(change * 100) / 100)}</Table.Td>}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </SimpleGrid>
    </Stack>
  );
}
