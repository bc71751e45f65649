import { Button, Group, Paper, SegmentedControl, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { PERSPECTIVES } from '@api/strategy';
import type { SaveState } from '../../saving/saver';
import { SaveStatus } from '../../ui/SaveStatus';
import type { SelfEvaluationSheet, Statement } from './statements';
import { RecordChips } from '../../standards/TagChips';

interface Props {
  name: string;
  sheet: SelfEvaluationSheet;
  scores: Record<string, number>;
  choose: (itemId: string, score: number | null) => void;
  retry: (itemId: string) => void;
  hasFailed: (itemId: string) => boolean;
  state: SaveState;
}

/** The sheet the owner fills in: the scale, then each perspective's statements with a 1–5 choice. */
export function StatementsForm({ name, sheet, scores, choose, retry, hasFailed, state }: Props) {
  const { t } = useTranslation();
  const rated = sheet.statements.filter((s) => scores[s.id] !== undefined).length;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Stack gap={0}>
          <Title order={3} size="h4">{t('strategy.evaluation.statementsTitle', { name })}</Title>
          <Text size="sm">{t('strategy.evaluation.rated')}: {t('strategy.evaluation.ratedOf', { rated, total: sheet.statements.length })}</Text>
        </Stack>
        <SaveStatus state={state} />
      </Group>
      <Table withTableBorder verticalSpacing={4} captionSide="top">
        <Table.Caption>{t('strategy.evaluation.scaleTitle')}</Table.Caption>
        <Table.Tbody>
          {sheet.scale.map((p) => (
            <Table.Tr key={p.value}>
              <Table.Td w={32}><strong>{p.value}</strong></Table.Td>
              <Table.Td w={120}><strong>{p.label}</strong></Table.Td>
              <Table.Td>{p.description}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {PERSPECTIVES.map((perspective) => {
        const statements = sheet.statements.filter((s) => s.perspective === perspective);
        if (statements.length === 0) return null;
        return (
          <Stack key={perspective} gap="xs" component="section" aria-labelledby={`statements-${perspective}`}>
            <Title order={4} id={`statements-${perspective}`}>{t(`strategy.perspective.${perspective}`)}</Title>
            {statements.map((s) => (
              <StatementChoice key={s.id} statement={s} scale={sheet.scale} score={scores[s.id] ?? null} failed={hasFailed(s.id)} choose={choose} retry={retry} />
            ))}
          </Stack>
        );
      })}
    </Stack>
  );
}

function StatementChoice({ statement: s, scale, score, failed, choose, retry }: {
  statement: Statement;
  scale: SelfEvaluationSheet['scale'];
  score: number | null;
  failed: boolean;
  choose: Props['choose'];
  retry: Props['retry'];
}) {
  const { t } = useTranslation();
  const choices = useRef<HTMLDivElement>(null);
  const clear = () => {
    choose(s.id, null);
    // The Clear button goes away with the score: keep the keyboard on this statement.
    choices.current?.querySelector('input')?.focus();
  };
  return (
    <Paper withBorder p="xs" data-statement={s.id}>
      <Text size="sm" id={`statement-${s.id}`}>{s.n}. {s.text}</Text>
      {s.relationship && <Text size="xs" c="dark.4" id={`statement-${s.id}-relationship`}>{t(`strategy.relationship.${s.relationship}`)}</Text>}
      <RecordChips statementId={s.id} label={t('standards.tagsOfStatement', { n: s.n })} />
      <Group gap="sm" mt={6} wrap="wrap">
        <SegmentedControl
          ref={choices}
          aria-labelledby={`statement-${s.id}`}
          aria-describedby={s.relationship ? `statement-${s.id}-relationship` : undefined}
          value={score === null ? '' : String(score)}
          onChange={(v) => choose(s.id, Number(v))}
          data={scale.map((p) => ({
            value: String(p.value),
            label: (
              <span title={p.label}>
                <span aria-hidden>{p.value}</span>
                <VisuallyHidden>{t('strategy.evaluation.scoreOf', { value: p.value, label: p.label })}</VisuallyHidden>
              </span>
            ),
          }))}
        />
        {score !== null && (
          <Button size="compact-xs" variant="subtle" color="dark" aria-label={t('strategy.evaluation.clearOf', { n: s.n })} onClick={clear}>
            {t('strategy.evaluation.clear')}
          </Button>
        )}
      </Group>
      {failed && (
        <Group gap="xs" mt={4} role="alert">
          <Text size="sm" c="red.9">{t('strategy.evaluation.scoreFailed')}</Text>
          <Button size="compact-xs" variant="outline" color="red.9" aria-label={t('strategy.evaluation.retryOf', { n: s.n })} onClick={() => retry(s.id)}>
            {t('strategy.evaluation.retry')}
          </Button>
        </Group>
      )}
    </Paper>
  );
}
