import { plannedAgenda } from '../../api/agenda';
import type { AgendaRow } from '../../api/library';
import type { AgendaItem } from '../../api/workshops';
import type { Settings } from '../../api/settings';
import type { ContentLibrary } from '../library/library';
import type { SmeRepository } from '../smes/repository';
import type { ProcessRepository } from '../processes/repository';
import type { StrategyRepository } from '../strategy/repository';
import { answersWithRecords } from '../../api/shared-records';
import type { WorkshopRepository } from './repository';
import type { RoundView } from '../../api/voting';
import type { MinutesInput } from '../pdf/inputs';



/**
 * Everything the minutes of one workshop show, gathered from the records and the package in the
 * process's language (not the UI language): the SME takes them home in the workshop language.
 */
export function gatherMinutes(
  workshopId: string,
  deps: { processes: ProcessRepository; workshops: WorkshopRepository; smes: SmeRepository; strategies: StrategyRepository; library: ContentLibrary; settings: Settings; votes: RoundView[] },
): MinutesInput {
  const record = deps.workshops.get(workshopId);
  const process = deps.processes.get(record.processId);
  const sme = deps.smes.get(process.smeId);
  const strategy = deps.strategies.get(process.id);
  const guide = deps.library.document(process.language, `w${record.number}`);
  const guideRows = (guide.blocks.find((b) => b.type === 'agenda') as { rows: AgendaRow[] } | undefined)?.rows ?? [];
  const agenda = asHeld(guideRows, record.agenda);
  const worksheetIds = [...new Set(guideRows.map((r) => r.worksheet?.id).filter((id): id is string => !!id && id !== 'self-evaluation'))];
  return {
    language: process.language,
    packageTitle: guide.packageTitle,
    workshopTitle: guide.title,
    smeName: sme.name,
    plannedAt: record.plannedAt,
    place: record.place,
    facilitator: process.facilitator || deps.settings.facilitatorName,
    organisation: deps.settings.organisation,
    participants: record.participants,
    agenda,
    // Shared fields (stakeholder map, vision, objectives, action plan) print the strategy's records as they are now.
    worksheets: worksheetIds.map((id) => ({ view: deps.library.worksheet(process.language, id), answers: answersWithRecords(id, record.answers[id] ?? {}, strategy) })),
    decisions: record.decisions,
    notes: record.minutesNotes,
    homework: record.homework,
    votes: deps.votes
      .filter((r) => r.status === 'closed' && r.answered > 0)
      .map((r) => ({ kind: r.setup.kind, phones: r.answered, items: r.items, options: r.setup.kind === 'question' ? r.setup.options : [] })),
  };
}

/** The guide's agenda, or the adapted one with the minutes actually used where they were recorded. */
function asHeld(guide: AgendaRow[], adapted: AgendaItem[]): MinutesInput['agenda'] {
  let start = 0;
  return plannedAgenda(guide, adapted).map((row) => {
    const minutes = row.actualMinutes ?? row.minutes;
    const held = { id: row.id, title: row.title, planned: row.minutes, minutes, start };
    start += minutes;
    return held;
  });
}
