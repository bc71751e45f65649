import { ProcessInput } from '../../api/processes';
import { AgendaItemInput, WorkshopInput } from '../../api/workshops';
import type { ProcessRecord } from '../../api/processes';
import type { ParticipantInput } from '../../api/workshops';
import type { Sme } from '../../api/smes';
import { SmeInput } from '../../api/smes';
import { EXAMPLE_SME_ID } from '../../api/examples';
import { AppFailure } from '../../api/result';
import {
  ActivityInput, EvaluationInput, EvaluationParticipantInput, IndicatorInput, MeasurementInput, ObjectiveInput, ReviewInput, StakeholderInput, StrategyInput,
} from '../../api/strategy';
import type { ProcessRepository } from '../processes/repository';
import type { WorkshopRepository } from '../workshops/repository';
import type { SmeRepository } from '../smes/repository';
import type { StrategyRepository } from '../strategy/repository';
import type { StandardsRepository } from '../standards/repository';
import type { Crosswalk } from '../library/crosswalk';
import { tagExample } from './standards';
import type { Calendar } from './calendar';
import { calendar, DAYS } from './calendar';
import type { Person } from './firm';
import { ENERGY, FACILITATOR, FIRM, GUEST, PEOPLE } from './firm';
import { BASELINE_PARTICIPANTS } from './individual-scores';
import { ACTIVITIES, INDICATORS, reviews } from './plan';
import type { ObjectiveCode } from './scorecard';
import { EVALUATION_NOTES, LINKS, OBJECTIVES, REVIEW_ROUTINE, SCORES, STAKEHOLDERS, VISION } from './scorecard';
import type { HeldWorkshop } from './workshops';
import { heldWorkshops, WORKSHOP_3_AGENDA } from './workshops';
import { worksheetsOf } from './worksheets';

export interface ExampleDeps {
  smes: SmeRepository;
  processes: ProcessRepository;
  workshops: WorkshopRepository;
  strategies: StrategyRepository;
  standards: StandardsRepository;
  /** The crosswalk the example's facilitator took the tags from. */
  crosswalk: Crosswalk;
  /** Runs the whole load as one database transaction: one write to disk, nothing half-made on failure. */
  transaction: <T>(fn: () => T) => T;
}

/**
 * Creates the example case file: a fictional family bakery that has been through the six
 * workshops and is half-way through its first year of SR work, dated around `now` so it always
 * looks current. Every record goes through the same repositories and validation as the app's
 * own screens, so the example shows only what a facilitator could have entered. Its fixed id
 * marks it: loading it again opens the one that is there.
 */
export function loadExample(deps: ExampleDeps, now = new Date()): { smeId: string; processId: string } {
  return deps.transaction(() => {
    // Loaded once: a second click opens the example that is there instead of mixing in a copy.
    const existing = findExample(deps);
    if (existing && !existing.deletedAt) {
      const processes = deps.processes.listForSme(existing.id);
      return { smeId: existing.id, processId: processes.at(-1)?.id ?? '' };
    }
    if (existing) deps.smes.purge(existing.id); // in the trash: made again, fresh
    const sme = deps.smes.create(SmeInput.parse(FIRM), now, EXAMPLE_SME_ID);
    const c = calendar(now);
    deps.standards.saveEnergyYear(sme.id, { year: now.getFullYear() - 1, ...ENERGY }, now);
    const process = deps.processes.create(
      ProcessInput.parse({ smeId: sme.id, title: `Example: first 6x3 cycle, ${c.day(DAYS.start).slice(0, 4)}`, language: 'en', facilitator: FACILITATOR, startDate: c.day(DAYS.start), status: 'running' }),
      now,
    );
    holdWorkshops(deps.workshops, process, sme, c, now);
    const codes = writeStrategy(deps.strategies, process.id, c, now);
    // The stakeholder map, vision, objectives and action plan the team filled in at the workshops
    // are the strategy's records: one source, merged by name, exactly as an older case file's.
    deps.strategies.carryWorksheets(process.id, now);
    tagExample(deps.standards, deps.crosswalk, process.id, deps.strategies.get(process.id, now), codes.objectives, codes.indicators);
    return { smeId: sme.id, processId: process.id };
  });
}

/** Removes the example and its case file for good; nothing else. */
export function removeExample(deps: Pick<ExampleDeps, 'smes' | 'transaction'>): { removed: boolean } {
  return deps.transaction(() => {
    const existing = findExample(deps);
    if (!existing) return { removed: false };
    if (!existing.deletedAt) deps.smes.trash(existing.id);
    deps.smes.purge(existing.id);
    return { removed: true };
  });
}

function findExample(deps: Pick<ExampleDeps, 'smes'>): Sme | null {
  try {
    return deps.smes.get(EXAMPLE_SME_ID);
  } catch (e) {
    if (e instanceof AppFailure && e.code === 'not_found') return null;
    throw e;
  }
}

function holdWorkshops(workshops: WorkshopRepository, process: ProcessRecord, sme: Sme, c: Calendar, now: Date): void {
  const held = heldWorkshops(c);
  for (const { id, number } of process.workshops) {
    const w = held[number - 1]!;
    workshops.update(
      id,
      WorkshopInput.parse({ plannedAt: `${c.workshop(number)}T${w.time}`, place: w.place, status: 'held', durationMinutes: w.durationMinutes, notes: w.notes, decisions: w.decisions }),
      now,
    );
    workshops.setParticipants(id, participants(w, sme));
    workshops.setHomework(id, w.homework);
    for (const [worksheetId, fields] of Object.entries(worksheetsOf(number, c))) {
      for (const [fieldId, value] of Object.entries(fields)) workshops.saveAnswer(id, worksheetId, fieldId, value, now);
    }
    if (number === 3) workshops.setAgenda(id, WORKSHOP_3_AGENDA.map((item) => AgendaItemInput.parse(item)));
  }
}

/** The contacts invited (and whether they came), then the staff representative who joined ad hoc. */
function participants(w: HeldWorkshop, sme: Sme): ParticipantInput[] {
  const contactOf = (p: Person) => sme.contacts.find((contact) => contact.name === PEOPLE[p].name)!;
  const invited = (Object.entries(w.invited) as [Person, boolean][]).map(([p, attended]) => {
    const contact = contactOf(p);
    return { contactId: contact.id, name: contact.name, role: contact.role, invited: true, attended };
  });
  return w.guest ? [...invited, { contactId: null, ...GUEST, invited: false, attended: true }] : invited;
}

/** Writes the strategy; answers which record id is which of the example's codes (for the tags). */
function writeStrategy(strategies: StrategyRepository, processId: string, c: Calendar, now: Date): { objectives: Map<string, ObjectiveCode>; indicators: Map<string, string> } {
  strategies.update(processId, StrategyInput.parse({ vision: VISION, reviewRoutine: REVIEW_ROUTINE }), now);

  for (const [kind, takenOn] of [['baseline', c.workshop(1)], ['end', c.workshop(6)]] as const) {
    const record = strategies.createEvaluation(processId, EvaluationInput.parse({ kind, takenOn, note: EVALUATION_NOTES[kind] }), now);
    const evaluationId = record.evaluations.find((e) => e.kind === kind)!.id;
    for (const [itemId, score] of Object.entries(SCORES[kind])) strategies.setScore(evaluationId, itemId, score, now);
    // The baseline keeps each participant's own scores beside the agreed ones, for the talk about where they differ.
    if (kind !== 'baseline') continue;
    for (const person of BASELINE_PARTICIPANTS) {
      const participantId = strategies.evaluations.saveParticipant(evaluationId, undefined, EvaluationParticipantInput.parse({ name: person.name }), now);
      for (const [itemId, score] of Object.entries(person.scores)) strategies.evaluations.setParticipantScore(participantId, itemId, score, now);
    }
  }

  for (const s of STAKEHOLDERS) strategies.saveStakeholder(processId, undefined, StakeholderInput.parse(s), now);

  // Every objective exists before the links between them are drawn.
  const objectiveIds = new Map<ObjectiveCode, string>();
  for (const o of OBJECTIVES) {
    const record = strategies.saveObjective(processId, undefined, ObjectiveInput.parse({ perspective: o.perspective, title: o.title, description: o.description }), now);
    objectiveIds.set(o.code, record.objectives.at(-1)!.id);
  }
  const idOf = (code: ObjectiveCode) => objectiveIds.get(code)!;
  for (const o of OBJECTIVES) {
    const leadsTo = LINKS.filter((l) => l.from === o.code).map((l) => idOf(l.to));
    if (leadsTo.length) strategies.saveObjective(processId, idOf(o.code), ObjectiveInput.parse({ perspective: o.perspective, title: o.title, description: o.description, leadsTo }), now);
  }

  for (const { code: _code, objective, start, due, resources: _resources, ...activity } of ACTIVITIES) {
    strategies.saveActivity(processId, undefined, ActivityInput.parse({ ...activity, objectiveId: idOf(objective), startDate: c.day(start), dueDate: c.day(due) }), now);
  }

  const baselineDate = c.workshop(5);
  const indicatorCodes = new Map<string, string>();
  for (const i of INDICATORS) {
    const record = strategies.saveIndicator(
      processId,
      undefined,
      IndicatorInput.parse({ objectiveId: idOf(i.objective), name: i.name, unit: i.unit, direction: i.direction, keep: i.keep ?? null, baseline: i.baseline, baselineDate, target: i.target, targetDate: c.day(i.targetDay) }),
      now,
    );
    const indicatorId = record.indicators.at(-1)!.id;
    indicatorCodes.set(indicatorId, i.code);
    const measurements: [string, number, string][] = [[baselineDate, i.baseline, i.baselineNote], ...i.measurements.map(([d, v, n]): [string, number, string] => [c.day(d), v, n])];
    for (const [measuredOn, value, note] of measurements) strategies.saveMeasurement(indicatorId, undefined, MeasurementInput.parse({ measuredOn, value, note }), now);
  }

  for (const review of reviews(c)) strategies.saveReview(processId, undefined, ReviewInput.parse(review), now);
  return { objectives: new Map([...objectiveIds].map(([code, id]) => [id, code])), indicators: indicatorCodes };
}
