import type { ContentLibrary } from '../library/library';
import type { PdfService } from '../pdf/pdf-service';
import type { ProcessRepository } from '../processes/repository';
import type { SettingsStore } from '../settings/store';
import type { SmeRepository } from '../smes/repository';
import type { StrategyRepository } from './repository';
import type { SliceHandlers } from '../slice';
import { gatherStrategyReport } from './report';

type StrategyPrefixes = 'strategy' | 'evaluations' | 'stakeholders' | 'objectives' | 'activities' | 'indicators' | 'measurements' | 'reviews';

/** The strategy slice answers its own channels and those of the records it is made of (evaluations … reviews). */
export const strategyHandlers = (deps: {
  processes: () => ProcessRepository; smes: () => SmeRepository; strategies: () => StrategyRepository;
  library: ContentLibrary; pdfs: PdfService; settings: SettingsStore;
}): SliceHandlers<StrategyPrefixes> => {
  const report = (processId: string) =>
    gatherStrategyReport(processId, { processes: deps.processes(), smes: deps.smes(), strategies: deps.strategies(), library: deps.library, settings: deps.settings.get() });
  return {
    'strategy.get': ({ processId }) => deps.strategies().get(processId),
    'strategy.update': ({ processId, data }) => deps.strategies().update(processId, data),
    'strategy.pdf': ({ processId }) => deps.pdfs.strategy(report(processId)),
    'strategy.progressPdf': ({ processId, from, to }) => deps.pdfs.progress(report(processId), { from, to }),
    'strategy.summaryPdf': ({ processId }) => deps.pdfs.summary(report(processId)),
    'evaluations.create': ({ processId, data }) => deps.strategies().createEvaluation(processId, data),
    'evaluations.update': ({ id, data }) => deps.strategies().updateEvaluation(id, data),
    'evaluations.setScore': ({ id, itemId, score }) => deps.strategies().setScore(id, itemId, score),
    'evaluations.delete': ({ id }) => deps.strategies().deleteEvaluation(id),
    'evaluations.saveParticipant': ({ evaluationId, id, data }) => {
      deps.strategies().evaluations.saveParticipant(evaluationId, id, data, new Date());
      return deps.strategies().get(deps.strategies().evaluations.evaluation(evaluationId).processId);
    },
    'evaluations.deleteParticipant': ({ id }) => deps.strategies().get(deps.strategies().evaluations.deleteParticipant(id, new Date())),
    'evaluations.setParticipantScore': ({ id, itemId, score }) => deps.strategies().evaluations.setParticipantScore(id, itemId, score, new Date()),
    'stakeholders.save': ({ processId, id, data }) => deps.strategies().saveStakeholder(processId, id, data),
    'stakeholders.delete': ({ id }) => deps.strategies().remove('stakeholders', id),
    'stakeholders.restore': ({ id }) => deps.strategies().restore('stakeholders', id),
    'objectives.save': ({ processId, id, data }) => deps.strategies().saveObjective(processId, id, data),
    'objectives.delete': ({ id }) => deps.strategies().remove('objectives', id),
    'objectives.restore': ({ id }) => deps.strategies().restore('objectives', id),
    'activities.save': ({ processId, id, data }) => deps.strategies().saveActivity(processId, id, data),
    'activities.delete': ({ id }) => deps.strategies().remove('activities', id),
    'activities.restore': ({ id }) => deps.strategies().restore('activities', id),
    'indicators.save': ({ processId, id, data }) => deps.strategies().saveIndicator(processId, id, data),
    'indicators.delete': ({ id }) => deps.strategies().remove('indicators', id),
    'indicators.restore': ({ id }) => deps.strategies().restore('indicators', id),
    'measurements.save': ({ indicatorId, id, data }) => deps.strategies().saveMeasurement(indicatorId, id, data),
    'measurements.delete': ({ id }) => deps.strategies().deleteMeasurement(id),
    'measurements.restore': ({ id }) => deps.strategies().restoreMeasurement(id),
    'reviews.save': ({ processId, id, data }) => deps.strategies().saveReview(processId, id, data),
    'reviews.delete': ({ id }) => deps.strategies().remove('reviews', id),
    'reviews.restore': ({ id }) => deps.strategies().restore('reviews', id),
  };
};
