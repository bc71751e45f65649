import type { AppInfo, Channel, ParsedRequest, Response } from '../api/contract';
import type { ContentLibrary } from './content/library';
import type { PdfService } from './pdf/pdf-service';
import { gatherMinutes } from './processes/minutes';
import type { ProcessRepository } from './processes/repository';
import type { SettingsStore } from './settings/store';
import type { SmeRepository } from './smes/repository';

export interface CoreDeps {
  info: () => AppInfo;
  settings: SettingsStore;
  /** Throws the database's opening error (newer version, corrupt file) when there is one. */
  smes: () => SmeRepository;
  library: ContentLibrary;
  pdfs: PdfService;
  processes: () => ProcessRepository;
}

export type Handlers = { [C in Channel]: (input: ParsedRequest<C>) => Response<C> | Promise<Response<C>> };

/** One handler per contract channel; `satisfies` makes a missing channel a compile error. */
export function createHandlers(deps: CoreDeps): Handlers {
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
  } satisfies Handlers;
}
