import { randomUUID } from 'node:crypto';
import type { AnyRow, CaseFile } from '../../api/case-file';
import { CASE_FILE_FORMAT, CASE_FILE_TABLES, FORMAT_VERSION } from '../../api/case-file';
import { EXAMPLE_SME_ID } from '../../api/examples';
import { ProcessInput } from '../../api/processes';
import { SmeInput } from '../../api/smes';
import { EnergyYearData } from '../../api/standards';
import {
  ActivityInput, EvaluationInput, EvaluationParticipantInput, IndicatorInput, MeasurementInput, ObjectiveInput, ReviewInput, StakeholderInput, StrategyInput,
} from '../../api/strategy';
import { AgendaItemInput, HomeworkInput, ParticipantInput, WorkshopInput } from '../../api/workshops';
import { importDocument, validateDocument } from '../case-file/document';
import type { Db } from '../db/open';
import { carryWorksheetsIntoRecords } from '../db/carry/carry-worksheets';
import type { Crosswalk } from '../library/crosswalk';
import type { Structure } from '../library/load';
import { checkAnswer } from '../workshops/answers';
import type { Calendar } from './calendar';
import { calendar, DAYS } from './calendar';
import type { Person } from './firm';
import { ENERGY, FACILITATOR, FIRM, GUEST, PEOPLE } from './firm';
import { BASELINE_PARTICIPANTS } from './individual-scores';
import { ACTIVITIES, INDICATORS, reviews } from './plan';
import type { ObjectiveCode } from './scorecard';
import { EVALUATION_NOTES, LINKS, OBJECTIVES, REVIEW_ROUTINE, SCORES, STAKEHOLDERS, VISION } from './scorecard';
import { exampleTags } from './standards';
import { heldWorkshops, WORKSHOP_3_AGENDA } from './workshops';
import { worksheetsOf } from './worksheets';

export interface ExampleDeps {
  db: Db;
  structure: () => Structure;
  /** The crosswalk the example's facilitator took the tags from. */
  crosswalk: () => Crosswalk;
}

/**
 * Loads the example case file: a fictional family bakery that has been through the six
 * workshops and is half-way through its first year of SR work. It is a case-file document whose
 * dates are counted from `now`, resolved when it is loaded so it always looks current, and it
 * goes through the same checks and importer as a file a facilitator imports. Every record is
 * first checked with the contract's input schemas (and the worksheets against the package), so
 * the example shows only what a facilitator could have entered. Its fixed id marks it: loading it
 * again opens the one that is there.
 */
export function loadExample(deps: ExampleDeps, now = new Date()): { smeId: string; processId: string } {
  const { db } = deps;
  return db.transaction(() => {
    // Loaded once: a second click opens the example that is there instead of mixing in a copy.
    const existing = db.prepare('SELECT deleted_at FROM smes WHERE id = ?').get(EXAMPLE_SME_ID) as { deleted_at: string | null } | undefined;
    if (existing && existing.deleted_at === null) {
      const last = db.prepare('SELECT id FROM processes WHERE sme_id = ? ORDER BY start_date, rowid').all(EXAMPLE_SME_ID).at(-1) as { id: string } | undefined;
      return { smeId: EXAMPLE_SME_ID, processId: last?.id ?? '' };
    }
    if (existing) db.prepare('DELETE FROM smes WHERE id = ?').run(EXAMPLE_SME_ID); // in the trash: made again, fresh
    const file = exampleCaseFile(deps.structure(), deps.crosswalk(), now);
    const doc = validateDocument({ format: CASE_FILE_FORMAT, formatVersion: FORMAT_VERSION, appVersion: '', language: 'en', createdAt: now.toISOString(), caseFiles: [file] });
    importDocument(db, doc);
    const processId = file.processes[0]!.id;
    // The stakeholder map, vision, objectives and action plan the team filled in at the workshops
    // are the strategy's records: one source, merged by name, exactly as an older case file's.
    carryWorksheetsIntoRecords(db, processId, now);
    return { smeId: file.sme.id, processId };
  })();
}

/** Removes the example and its case file for good; nothing else. */
export function removeExample(db: Db): { removed: boolean } {
  return { removed: db.prepare('DELETE FROM smes WHERE id = ?').run(EXAMPLE_SME_ID).changes > 0 };
}

/** The example as one SME's case file, with the example's id, new ids for its records and the dates of `now`. */
export function exampleCaseFile(structure: Structure, crosswalk: Crosswalk, now: Date): CaseFile {
  const c = calendar(now);
  const stamp = now.toISOString();
  const firm = SmeInput.parse(FIRM);
  // The fixed id marks the example as such (see api/examples.ts).
  const smeId = EXAMPLE_SME_ID;
  const contacts = firm.contacts.map(({ id: _id, ...contact }, position) => ({ id: randomUUID(), smeId, position, ...contact }));
  const sme = { id: smeId, ...firm, contacts: undefined, archived: 0, deletedAt: null, createdAt: stamp, updatedAt: stamp };
  delete (sme as Partial<typeof sme>).contacts;
  const process = ProcessInput.parse({ smeId, title: `Example: first 6x3 cycle, ${c.day(DAYS.start).slice(0, 4)}`, language: 'en', facilitator: FACILITATOR, startDate: c.day(DAYS.start), status: 'running' });
  const processId = randomUUID();
  return {
    sme: sme as CaseFile['sme'],
    contacts,
    energyYears: [energyYear(smeId, now, stamp)],
    processes: [{ id: processId, ...process, createdAt: stamp, updatedAt: stamp, previousId: null }],
    ...workshops(structure, processId, contacts, c, stamp),
    votingRounds: [], votingPhones: [], votingAnswers: [],
    ...strategy(processId, structure.selfEvaluation.edition, crosswalk, c, stamp),
  } as unknown as CaseFile;
}

function workshops(structure: Structure, processId: string, contacts: AnyRow[], c: Calendar, stamp: string) {
  const rows: Record<'workshops' | 'participants' | 'agenda' | 'answers' | 'homework', AnyRow[]> = { workshops: [], participants: [], agenda: [], answers: [], homework: [] };
  heldWorkshops(c).forEach((w, i) => {
    const number = i + 1;
    const id = randomUUID();
    const data = WorkshopInput.parse({ plannedAt: `${c.workshop(number)}T${w.time}`, place: w.place, status: 'held', durationMinutes: w.durationMinutes, notes: w.notes, decisions: w.decisions });
    rows.workshops.push({ id, processId, number, ...data, minutesNotes: data.minutesNotes ?? '', updatedAt: stamp });
    // The contacts invited (and whether they came), then the staff representative who joined ad hoc.
    const contactOf = (p: Person) => contacts.find((contact) => contact.name === PEOPLE[p].name)!;
    const invited = (Object.entries(w.invited) as [Person, boolean][]).map(([p, attended]) => {
      const contact = contactOf(p);
      return { contactId: contact.id, name: contact.name, role: contact.role, invited: true, attended };
    });
    const people = w.guest ? [...invited, { contactId: null, ...GUEST, invited: false, attended: true }] : invited;
    people.map((p) => ParticipantInput.parse(p)).forEach((p, position) =>
      rows.participants.push({ id: randomUUID(), workshopId: id, position, ...p, invited: p.invited ? 1 : 0, attended: p.attended ? 1 : 0 }));
    w.homework.map((h) => HomeworkInput.parse(h)).forEach((h, position) => rows.homework.push({ id: randomUUID(), workshopId: id, position, ...h, done: h.done ? 1 : 0 }));
    const shape = structure.workshops.find((s) => s.number === number)!;
    for (const [worksheetId, fields] of Object.entries(worksheetsOf(number, c))) {
      if (!shape.worksheets.includes(worksheetId)) throw new Error(`Example: worksheet ${worksheetId} is not used in workshop ${number}`);
      const sheet = structure.worksheets.find((s) => s.id === worksheetId)!;
      for (const [fieldId, value] of Object.entries(fields)) {
        const issue = checkAnswer(sheet.fields.find((f) => f.id === fieldId), value);
        if (issue) throw new Error(`Example: ${worksheetId}.${fieldId} ${issue.code}`);
        rows.answers.push({ workshopId: id, worksheetId, fieldId, value: JSON.stringify(value), updatedAt: stamp });
      }
    }
    if (number === 3) {
      const blocks = new Set(shape.blocks.map((b) => b.id));
      WORKSHOP_3_AGENDA.map((item) => AgendaItemInput.parse(item)).forEach((item, position) => {
        if (item.blockId && !blocks.has(item.blockId)) throw new Error(`Example: agenda block ${item.blockId} unknown`);
        rows.agenda.push({ workshopId: id, position, ...item });
      });
    }
  });
  // Answers are listed by key, as an export lists them.
  rows.answers.sort((a, b) => `${a.workshopId}\u0000${a.worksheetId}\u0000${a.fieldId}`.localeCompare(`${b.workshopId}\u0000${b.worksheetId}\u0000${b.fieldId}`));
  return rows;
}

/** Last year's energy bills, as the facilitator typed them into the energy form. */
function energyYear(smeId: string, now: Date, stamp: string): AnyRow {
  const { overrides, ...data } = EnergyYearData.parse({ year: now.getFullYear() - 1, ...ENERGY });
  const row: AnyRow = { smeId, overrides: JSON.stringify(overrides ?? {}), updatedAt: stamp };
  // Every carrier column of the mapping, empty where the bakery has no such bill.
  for (const field of Object.keys(CASE_FILE_TABLES.energyYears.fields)) if (!(field in row)) row[field] = (data as AnyRow)[field] ?? null;
  return row;
}

function strategy(processId: string, edition: number, crosswalk: Crosswalk, c: Calendar, stamp: string) {
  const { vision, reviewRoutine } = StrategyInput.parse({ vision: VISION, reviewRoutine: REVIEW_ROUTINE });
  const evaluations: AnyRow[] = [];
  const scores: AnyRow[] = [];
  const evaluationParticipants: AnyRow[] = [];
  const evaluationParticipantScores: AnyRow[] = [];
  for (const [kind, takenOn] of [['baseline', c.workshop(1)], ['end', c.workshop(6)]] as const) {
    const id = randomUUID();
    evaluations.push({ id, processId, ...EvaluationInput.parse({ kind, takenOn, note: EVALUATION_NOTES[kind] }), edition, updatedAt: stamp });
    for (const [itemId, score] of Object.entries(SCORES[kind])) scores.push({ evaluationId: id, itemId, score });
    // The baseline keeps each participant's own scores beside the agreed ones, for the talk about where they differ.
    if (kind !== 'baseline') continue;
    BASELINE_PARTICIPANTS.forEach((person, position) => {
      const participantId = randomUUID();
      evaluationParticipants.push({ id: participantId, evaluationId: id, position, ...EvaluationParticipantInput.parse({ name: person.name }) });
      for (const [itemId, score] of Object.entries(person.scores)) evaluationParticipantScores.push({ participantId, itemId, score });
    });
  }
  const stakeholders = STAKEHOLDERS.map((s, position) => ({ id: randomUUID(), processId, position, ...StakeholderInput.parse(s) }));

  const objectiveIds = new Map<ObjectiveCode, string>(OBJECTIVES.map((o) => [o.code, randomUUID()]));
  const idOf = (code: ObjectiveCode) => objectiveIds.get(code)!;
  const objectives = OBJECTIVES.map((o, position) => {
    const { leadsTo: _links, ...data } = ObjectiveInput.parse({ perspective: o.perspective, title: o.title, description: o.description });
    return { id: idOf(o.code), processId, position, ...data };
  });
  const objectiveLinks = OBJECTIVES.flatMap((o) => LINKS.filter((l) => l.from === o.code).map((l) => ({ causeId: idOf(o.code), effectId: idOf(l.to) })))
    .sort((a, b) => `${a.causeId}${a.effectId}`.localeCompare(`${b.causeId}${b.effectId}`));

  const activities = ACTIVITIES.map(({ code: _code, objective, start, due, resources: _resources, ...activity }, position) => {
    const a = ActivityInput.parse({ ...activity, objectiveId: idOf(objective), startDate: c.day(start), dueDate: c.day(due) });
    return { id: randomUUID(), processId, position, ...a, learning: a.learning ? 1 : 0, learners: a.learning ? a.learners : '', learningWhat: a.learning ? a.learningWhat : '', learningHow: a.learning ? a.learningHow : null };
  });

  const baselineDate = c.workshop(5);
  const measurements: AnyRow[] = [];
  const indicatorCodes = new Map<string, string>();
  const indicators = INDICATORS.map((i, position) => {
    const id = randomUUID();
    const data = IndicatorInput.parse({
      objectiveId: idOf(i.objective), name: i.name, unit: i.unit, direction: i.direction, keep: i.keep ?? null, baseline: i.baseline, baselineDate, target: i.target, targetDate: c.day(i.targetDay),
    });
    indicatorCodes.set(id, i.code);
    const taken: [string, number, string][] = [[baselineDate, i.baseline, i.baselineNote], ...i.measurements.map(([d, v, n]): [string, number, string] => [c.day(d), v, n])];
    for (const [measuredOn, value, note] of taken) measurements.push({ id: randomUUID(), indicatorId: id, ...MeasurementInput.parse({ measuredOn, value, note }) });
    return { id, processId, position, ...data };
  });

  return {
    strategies: [{ processId, vision, reviewRoutine, updatedAt: stamp }],
    evaluations, scores, evaluationParticipants, evaluationParticipantScores, stakeholders, objectives, objectiveLinks, activities, indicators, measurements,
    reviews: reviews(c).map((r) => ({ id: randomUUID(), processId, ...ReviewInput.parse(r) })),
    ...exampleTags(crosswalk, processId, new Map([...objectiveIds].map(([code, id]) => [id, code])), indicatorCodes),
  };
}
