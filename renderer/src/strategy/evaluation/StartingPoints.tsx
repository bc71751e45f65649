import { Badge, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { largestGaps } from '@api/scoring';
import type { Objective } from '@api/strategy';
import { api } from '../../api';
import type { ApplyChange } from '../useStrategy';
import type { Statement } from './statements';
import { objectiveTitle } from './statements';

interface Props {
  processId: string;
  statements: Statement[];
  scores: Record<string, number>;
  /** The evaluation before this one: among equal gaps, statements that fell since then come first. */
  earlier: Record<string, number> | undefined;
  objectives: Objective[];
  apply: ApplyChange;
}

type Outcome = 'added' | 'failed';

/** The statements furthest from "fully", each one click away from becoming an objective. */
export function StartingPoints({ processId, statements, scores, earlier, objectives, apply }: Props) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<Record<string, Outcome>>({});
  const [busy, setBusy] = useState<string | null>(null);
  const byId = new Map(statements.map((s) => [s.id, s]));
  const gaps = largestGaps(statements, scores, 5, earlier);
  const taken = new Set(objectives.map((o) => o.title));

  const makeObjective = async (s: Statement) => {
    setBusy(s.id);
    const r = await apply(api['objectives.save']({ processId, data: { perspective: s.perspective, title: objectiveTitle(s.text) } }));
    setBusy(null);
    setOutcome((o) => ({ ...o, [s.id]: r.ok ? 'added' : 'failed' }));
  };

  return (
    <Stack gap="xs" component="section" aria-labelledby="starting-points">
      <Title order={3} size="h4" id="starting-points">{t('strategy.evaluation.gapsTitle')}</Title>
      <Text size="sm">{t('strategy.evaluation.gapsIntro')}</Text>
      {gaps.length === 0 ? (
        <Text size="sm" c="dimmed">{t('strategy.evaluation.noGaps')}</Text>
      ) : (
        <List listStyleType="none" spacing="sm">
          {gaps.map((gap) => {
            const s = byId.get(gap.id)!;
            const done = outcome[s.id] === 'added';
            const already = !done && taken.has(objectiveTitle(s.text));
            return (
              <List.Item key={s.id} data-starting-point={s.id}>
                <Stack gap={4}>
                  <Text size="sm">{s.n}. {s.text}</Text>
                  <Group gap="xs">
                    <Badge variant="outline" color="dark">{t(`strategy.perspective.${s.perspective}`)}</Badge>
                    <Text size="sm" fw={600}>{t('strategy.evaluation.gapScore', { score: gap.score })}</Text>
                    {already ? (
                      <Text size="sm" c="teal.9">{t('strategy.evaluation.alreadyObjective')}</Text>
                    ) : (
                      !done && (
                        <Button size="compact-sm" variant="default" loading={busy === s.id} onClick={() => void makeObjective(s)}>
                          {t('strategy.evaluation.makeObjective')}
                        </Button>
                      )
                    )}
                  </Group>
                  <Text size="sm" role="status" c={outcome[s.id] === 'failed' ? 'red.9' : 'teal.9'}>
                    {done ? t('strategy.evaluation.objectiveAdded', { perspective: t(`strategy.perspective.${s.perspective}`) }) : outcome[s.id] === 'failed' ? t('strategy.evaluation.objectiveFailed') : ''}
                  </Text>
                </Stack>
              </List.Item>
            );
          })}
        </List>
      )}
    </Stack>
  );
}
