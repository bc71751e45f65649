import type { AppInfo, Channel, ParsedRequest, Response } from '../api/contract';
import type { ContentLibrary } from './content/library';
import type { PdfService } from './pdf/pdf-service';
import { gatherMinutes } from './processes/minutes';
import type { ProcessRepository } from './processes/repository';
import type { SettingsStore } from './settings/store';
import type { SmeRepository } from './smes/repository';
import { loadExample } from './examples/example';
import { gatherStrategyReport } from './strategy/report';
import type { StrategyRepository } from './strategy/repository';

export interface CoreDeps {
  info: () => AppInfo;
  settings: SettingsStore;
  /** Throws the database's opening error (newer version, corrupt file) when there is one. */
  smes: () => SmeRepository;
  library: ContentLibrary;
  pdfs: PdfService;
  processes: () => ProcessRepository;
  strategies: () => StrategyRepository;
  /** Runs `fn` in one database transaction (all or nothing, one write to disk). */
  transaction: <T>(fn: () => T) => T;
}

export type Handlers = { [C in Channel]: (input: ParsedRequest<C>) => Response<C> | Promise<Response<C>> };

/** One handler per contract channel; `satisfies` makes a missing channel a compile error. */
export function createHandlers(deps: CoreDeps): Handlers {
  const report = (processId: string) =>
    gatherStrategyReport(processId, { processes: deps.processes(), smes: deps.smes(), strategies: deps.strategies(), library: deps.library, settings: deps.settings.get() });
  return {
    'app.info': () => deps.info(),
    'settings.get': () => deps.settings.get(),
    'settings.update': (patch) => deps.settings.update(patch),
    'smes.list': (query) => deps.smes().list(query),
    'smes.get': ({ id }) => deps.smes().get(id),
    'smes.create': (data) => deps.smes().create(data),
    'smes.update': ({ id, data }) => deps.smes().update(id, data),
    'smes.setArchived': ({ id, archived }) => deps.smes().setArchived(id, archived),
    'smes.trash': ({ id }) => deps.smes().trash(id),
    'smes.restore': ({ id }) => deps.smes().restore(id),
    'smes.purge': ({ id }) => deps.smes().purge(id),
    'library.toc': ({ language }) => ({ ...deps.library.toc(language), requested: language, available: deps.library.languages() }),
    'library.document': ({ language, id }) => deps.library.document(language, id),
    'library.search': ({ language, text, limit }) => deps.library.search(language, text, limit),
    'processes.create': (data) => deps.processes().create(data),
    'processes.update': ({ id, data }) => deps.processes().update(id, data),
    'processes.get': ({ id }) => deps.processes().get(id),
    'processes.listForSme': ({ smeId }) => deps.processes().listForSme(smeId),
    'workshops.get': ({ id }) => deps.processes().workshop(id),
    'workshops.update': ({ id, data }) => deps.processes().updateWorkshop(id, data),
    'workshops.setParticipants': ({ id, participants }) => deps.processes().setParticipants(id, participants),
    'workshops.setHomework': ({ id, items }) => deps.processes().setHomework(id, items),
    'workshops.setAgenda': ({ id, items }) => deps.processes().setAgenda(id, items),
    'workshops.saveAnswer': ({ workshopId, worksheetId, fieldId, value }) => deps.processes().saveAnswer(workshopId, worksheetId, fieldId, value),
    'workshops.minutesPdf': ({ id }) =>
      deps.pdfs.minutes(gatherMinutes(id, { processes: deps.processes(), smes: deps.smes(), library: deps.library, settings: deps.settings.get() })),
    // A blank worksheet for the next workshop, pre-filled with the SME's name, in the process language.
    'workshops.worksheetPdf': ({ id, worksheetId }) => {
      const process = deps.processes().get(deps.processes().workshop(id).processId);
      return deps.pdfs.worksheet(process.language, worksheetId, deps.smes().get(process.smeId).name);
    },
    'workshops.upcoming': ({ from, to }) => deps.processes().upcoming(from, to),
    'library.worksheet': ({ language, id }) => deps.library.worksheet(language, id),
    'library.pdf': ({ language, id }) => deps.pdfs.document(language, id),
    'library.worksheetPdf': ({ language, id, smeName }) => deps.pdfs.worksheet(language, id, smeName),
    'strategy.get': ({ processId }) => deps.strategies().get(processId),
    'strategy.update': ({ processId, data }) => deps.strategies().update(processId, data),
    'evaluations.create': ({ processId, data }) => deps.strategies().createEvaluation(processId, data),
    'evaluations.update': ({ id, data }) => deps.strategies().updateEvaluation(id, data),
    'evaluations.setScore': ({ id, itemId, score }) => deps.strategies().setScore(id, itemId, score),
    'evaluations.delete': ({ id }) => deps.strategies().deleteEvaluation(id),
    'stakeholders.save': ({ processId, id, data }) => deps.strategies().saveStakeholder(processId, id, data),
    'stakeholders.delete': ({ id }) => deps.strategies().remove('stakeholders', id),
    'objectives.save': ({ processId, id, data }) => deps.strategies().saveObjective(processId, id, data),
    'objectives.delete': ({ id }) => deps.strategies().remove('objectives', id),
    'activities.save': ({ processId, id, data }) => deps.strategies().saveActivity(processId, id, data),
    'activities.delete': ({ id }) => deps.strategies().remove('activities', id),
    'indicators.save': ({ processId, id, data }) => deps.strategies().saveIndicator(processId, id, data),
    'indicators.delete': ({ id }) => deps.strategies().remove('indicators', id),
    'measurements.save': ({ indicatorId, id, data }) => deps.strategies().saveMeasurement(indicatorId, id, data),
    'measurements.delete': ({ id }) => deps.strategies().deleteMeasurement(id),
    'reviews.save': ({ processId, id, data }) => deps.strategies().saveReview(processId, id, data),
    'reviews.delete': ({ id }) => deps.strategies().remove('reviews', id),
    'processes.nextCycle': ({ id, title, startDate }) => deps.strategies().nextCycle(id, { title, startDate }),
    'smes.dashboard': ({ smeId }) => deps.strategies().dashboard(smeId),
    'strategy.pdf': ({ processId }) => deps.pdfs.strategy(report(processId)),
    'strategy.progressPdf': ({ processId, from, to }) => deps.pdfs.progress(report(processId), { from, to }),
    'strategy.summaryPdf': ({ processId }) => deps.pdfs.summary(report(processId)),
    'examples.load': () => loadExample({ smes: deps.smes(), processes: deps.processes(), strategies: deps.strategies(), transaction: deps.transaction }),
  } satisfies Handlers;
}
