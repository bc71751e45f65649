import type { ContentLibrary } from '../library/library';
import type { PdfService } from '../pdf/pdf-service';
import type { ProcessRepository } from '../processes/repository';
import type { SettingsStore } from '../settings/store';
import type { SmeRepository } from '../smes/repository';
import type { StrategyRepository } from '../strategy/repository';
import type { RoundStore } from '../voting/rounds';
import type { VotingService } from '../voting/service';
import type { WorkshopRepository } from './repository';
import type { SliceHandlers } from '../slice';
import { filledFromRecords } from '../../api/shared-records';
import { gatherMinutes } from './minutes';

export const workshopHandlers = (deps: {
  processes: () => ProcessRepository; workshops: () => WorkshopRepository; smes: () => SmeRepository; strategies: () => StrategyRepository;
  library: ContentLibrary; pdfs: PdfService; settings: SettingsStore; rounds: () => RoundStore; voting: () => VotingService;
}): SliceHandlers<'workshops'> => ({
  'workshops.get': ({ id }) => deps.workshops().get(id),
  'workshops.update': ({ id, data }) => deps.workshops().update(id, data),
  'workshops.setParticipants': ({ id, participants }) => deps.workshops().setParticipants(id, participants),
  'workshops.setHomework': ({ id, items }) => deps.workshops().setHomework(id, items),
  'workshops.setAgenda': ({ id, items }) => deps.workshops().setAgenda(id, items),
  'workshops.saveAnswer': ({ workshopId, worksheetId, fieldId, value }) => deps.workshops().saveAnswer(workshopId, worksheetId, fieldId, value),
  'workshops.minutesPdf': ({ id }) => {
    const votes = deps.rounds().listForWorkshop(id).map((r) => deps.voting().view(r));
    return deps.pdfs.minutes(gatherMinutes(id, { processes: deps.processes(), workshops: deps.workshops(), smes: deps.smes(), strategies: deps.strategies(), library: deps.library, settings: deps.settings.get(), votes }));
  },
  // A worksheet for the workshop, pre-filled with the SME's name, in the process language; what it
  // shares with the strategy (stakeholders, objectives, indicators, …) printed from the records as they are now.
  'workshops.worksheetPdf': ({ id, worksheetId }) => {
    const process = deps.processes().get(deps.workshops().get(id).processId);
    const filled = filledFromRecords(worksheetId, deps.strategies().get(process.id));
    return deps.pdfs.worksheet(process.language, worksheetId, deps.smes().get(process.smeId).name, filled);
  },
  'workshops.upcoming': ({ from, to }) => deps.workshops().upcoming(from, to),
});
