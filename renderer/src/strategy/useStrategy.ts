import { useCallback, useEffect, useState } from 'react';
import type { DocumentModel } from '@api/library';
import type { ProcessRecord } from '@api/processes';
import type { Result } from '@api/result';
import type { Sme } from '@api/smes';
import type { StrategyRecord } from '@api/strategy';
import { api, must } from '../api';

export interface StrategyCase {
  process: ProcessRecord;
  sme: Sme | null;
  strategy: StrategyRecord;
  /** The package's self-evaluation in the process's language (statements, scale, perspectives). */
  selfEvaluation: DocumentModel;
}

/**
 * The strategy of one process and the one way to change it: `apply` sends a change and, when the
 * app accepts it, takes the whole strategy it answers with, so every tab shows the same state.
 */
export function useStrategy(processId: string) {
  const [data, setData] = useState<StrategyCase | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const process = await must(api['processes.get']({ id: processId }));
        const [sme, strategy, selfEvaluation] = await Promise.all([
          api['smes.get']({ id: process.smeId }),
          must(api['strategy.get']({ processId })),
          must(api['library.document']({ language: process.language, id: 'self-evaluation' })),
        ]);
        if (live) setData({ process, sme: sme.ok ? sme.value : null, strategy, selfEvaluation });
      } catch (e) {
        if (live) setError((e as { appError?: { code: string } }).appError?.code ?? 'internal');
      }
    })();
    return () => {
      live = false;
    };
  }, [processId]);

  const apply = useCallback(async (change: Promise<Result<StrategyRecord>>): Promise<Result<StrategyRecord>> => {
    const r = await change;
    if (r.ok) setData((d) => (d ? { ...d, strategy: r.value } : d));
    return r;
  }, []);

  return { data, error, apply };
}

export type ApplyChange = ReturnType<typeof useStrategy>['apply'];
