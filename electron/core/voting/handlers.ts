import { AppFailure } from '../../api/result';
import type { SliceHandlers } from '../slice';
import type { StrategyRepository } from '../strategy/repository';
import type { RoundStore } from './rounds';
import type { VotingService } from './service';
import { networkChoices } from './network';
import type { StoredRound } from './rounds';

export const votingHandlers = (deps: {
  rounds: () => RoundStore; voting: () => VotingService; strategies: () => StrategyRepository; transaction: <T>(fn: () => T) => T;
}): SliceHandlers<'voting'> => {
  const views = (rounds: StoredRound[]) => rounds.map((r) => deps.voting().view(r));
  /** A closed or open self-evaluation round and an evaluation of the same process. */
  const scoredRound = (roundId: string, evaluationId: string) => {
    const round = deps.rounds().get(roundId);
    if (round.setup.kind !== 'self_evaluation') throw new AppFailure('bad_request', 'Only a self-evaluation round has scores to write');
    const evaluation = deps.strategies().get(round.processId).evaluations.find((e) => e.id === evaluationId);
    if (!evaluation) throw new AppFailure('not_found', `No self-evaluation ${evaluationId} in the round's process`);
    return { round, evaluation };
  };
  return {
    'voting.interfaces': () => networkChoices(),
    'voting.open': ({ workshopId, setup, listen }) => deps.voting().open(workshopId, setup, listen),
    'voting.reopen': ({ roundId, listen }) => deps.voting().reopen(roundId, listen),
    'voting.current': () => deps.voting().current(),
    'voting.close': ({ roundId }) => deps.voting().close(roundId),
    'voting.listForWorkshop': ({ workshopId }) => views(deps.rounds().listForWorkshop(workshopId)),
    'voting.listForProcess': ({ processId, kind }) => views(deps.rounds().listForProcess(processId, kind)),
    'voting.scoreSets': ({ roundId }) => deps.rounds().scoreSets(roundId),
    'voting.applyMeans': ({ roundId, evaluationId }) => {
      const { round, evaluation } = scoredRound(roundId, evaluationId);
      const means = deps.voting().view(round).items.filter((i) => i.mean !== null);
      // Half a point up, as on paper: the agreed score is a whole point of the scale.
      return deps.transaction(() => {
        for (const item of means) deps.strategies().setScore(evaluationId, item.id, Math.round(item.mean!));
        return { written: means.length, replaced: means.filter((i) => evaluation.scores[i.id] !== undefined).length };
      });
    },
    'voting.takeScoreSets': ({ roundId, evaluationId }) => {
      const { round } = scoredRound(roundId, evaluationId);
      // Answers still coming in would be left out, so only a closed round's sets are taken.
      if (round.status !== 'closed') throw new AppFailure('bad_request', 'Close the round before taking its score sets');
      const store = deps.strategies().evaluations;
      const { statements } = store.evaluation(evaluationId);
      // Phones stay anonymous; a statement the evaluation's edition does not have is left out.
      const sets = deps.rounds().scoreSets(roundId).map((s) => Object.entries(s.scores).filter(([item]) => statements.has(item))).filter((s) => s.length > 0);
      return deps.transaction(() => {
        const now = new Date();
        for (const set of sets) {
          const id = store.saveParticipant(evaluationId, undefined, { name: '' }, now);
          for (const [item, score] of set) store.setParticipantScore(id, item, score, now);
        }
        return { participants: sets.length };
      });
    },
  };
};
