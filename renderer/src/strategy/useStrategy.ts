import { useCallback } from 'react';
import type { DocumentModel, SelfEvaluationEditions } from '@api/library';
import type { ProcessRecord } from '@api/processes';
import type { Result } from '@api/result';
import type { Sme } from '@api/smes';
import type { StrategyRecord } from '@api/strategy';
import { api, must } from '../api';
import { useLoad } from '../ui/useLoad';

export interface StrategyCase {
  process: ProcessRecord;
  sme: Sme | null;
  strategy: StrategyRecord;
  /** The package's self-evaluation in the process's language (statements, scale, perspectives). */
  selfEvaluation: DocumentModel;
  /** Every statement of every edition, so that an evaluation made with an earlier edition shows its own. */
  editions: SelfEvaluationEditions;
}

/**
 * The strategy of one process and the one way to change it: `apply` sends a change and, when the
 * app accepts it, takes the whole strategy it answers with, so every tab shows the same state.
 */
export function useStrategy(processId: string) {
  const load = useLoad(async (): Promise<StrategyCase> => {
    const process = await must(api['processes.get']({ id: processId }));
    const [sme, strategy, selfEvaluation, editions] = await Promise.all([
      api['smes.get']({ id: process.smeId }),
      must(api['strategy.get']({ processId })),
      must(api['library.document']({ language: process.language, id: 'self-evaluation' })),
      must(api['library.statements']({ language: process.language })),
    ]);
    return { process, sme: sme.ok ? sme.value : null, strategy, selfEvaluation, editions };
  }, [processId]);

  const { set } = load;
  const apply = useCallback(
    async (change: Promise<Result<StrategyRecord>>): Promise<Result<StrategyRecord>> => {
      const r = await change;
      if (r.ok) set((d) => ({ ...d, strategy: r.value }));
      return r;
    },
    [set],
  );

  return { load, apply };
}

export type ApplyChange = ReturnType<typeof useStrategy>['apply'];
