import { z } from 'zod';
import { IsoDate, LocalDateTime } from './dates';
import { LANGUAGES } from './languages';

/**
 * THE case file as a document: one SME with everything recorded about it, table by table, every
 * row with its own id, so that importing an export reproduces the same case file. The format is
 * described for other tools in docs/case-file-format.md.
 *
 * Each table below is the one list of its columns: a document field (camelCase) per database
 * column (its snake_case name, unless `columns` says otherwise). Export, import, the next cycle
 * and the example all read these lists, so a new column is one line in `fields` (with a
 * `.default()` so that documents written before it still import) and FORMAT_VERSION goes up by one.
 */
export const CASE_FILE_FORMAT = 'socialsme-case-file';
export const FORMAT_VERSION = 1;
export const CASE_FILE_EXTENSION = '.socialsme';

const uuid = z.uuid();
const text = z.string().max(200_000);
const line = z.string().max(2_000);
const stamp = z.iso.datetime();
const day = IsoDate;
const int = z.number().int();
const flag = z.union([z.literal(0), z.literal(1)]);
const language = z.enum(LANGUAGES);

export interface TableDef {
  /** The database table. */
  sql: string;
  fields: Record<string, z.ZodType>;
  /** Columns whose name is not the field's name in snake_case. */
  columns?: Record<string, string>;
  /** The field holding the row's own UUID (a new one when imported as a copy). */
  key?: string;
  /** The row this one belongs to: its field and the table (key of CASE_FILE_TABLES) of that row. */
  parent: { field: string; table: string } | null;
  /**
   * Other fields that hold ids of rows in the same case file (null allowed where the column
   * allows it): the table they point into, or, for a field that may point into several, the
   * field naming the kind of record and the table of each kind.
   */
  refs?: Record<string, string | { by: string; tables: Record<string, string> }>;
  /** Tables without a rowid are listed by these fields; the others in the order the rows were written. */
  orderBy?: string[];
  /**
   * The table keeps deleted rows for a while (a `deleted_at` column, so that a delete can be
   * undone). A document carries none of them: a deleted row is left out with what hangs on it,
   * and a nullable reference to one is written as null, as the screens show it.
   */
  softDeleted?: true;
}

const def = <T extends TableDef>(t: T) => t;

/** Parents before children: the order rows are written in. */
export const CASE_FILE_TABLES = {
  sme: def({
    sql: 'smes', key: 'id', parent: null,
    fields: {
      id: uuid, name: line, country: z.string().length(2), city: line, sector: line.nullable(), employees: int.nullable(), founded: int.nullable(),
      website: line, notes: text, legalForm: line, turnover: z.number().nullable(), balanceSheet: z.number().nullable(),
      archived: flag, deletedAt: stamp.nullable(), createdAt: stamp, updatedAt: stamp,
    },
  }),
  contacts: def({
    sql: 'sme_contacts', key: 'id', parent: { field: 'smeId', table: 'sme' },
    fields: { id: uuid, smeId: uuid, position: int, name: line, role: line, email: line, phone: line },
  }),
  /** A year's energy use as read from the bills; the SME's, not one cycle's. */
  energyYears: def({
    sql: 'energy_years', parent: { field: 'smeId', table: 'sme' }, orderBy: ['smeId', 'year'],
    fields: {
      smeId: uuid, year: int, electricityKwh: z.number().nullable(), electricityRenewableKwh: z.number().nullable(), naturalGasKwh: z.number().nullable(),
      heatingOilLitres: z.number().nullable(), dieselLitres: z.number().nullable(), petrolLitres: z.number().nullable(), districtHeatKwh: z.number().nullable(),
      overrides: line, updatedAt: stamp,
    },
  }),
  processes: def({
    sql: 'processes', key: 'id', parent: { field: 'smeId', table: 'sme' }, refs: { previousId: 'processes' },
    fields: {
      id: uuid, smeId: uuid, title: line, language, facilitator: line, startDate: day, status: line, createdAt: stamp, updatedAt: stamp,
      previousId: uuid.nullable(),
    },
  }),
  workshops: def({
    sql: 'workshops', key: 'id', parent: { field: 'processId', table: 'processes' },
    fields: {
      id: uuid, processId: uuid, number: int, plannedAt: LocalDateTime.nullable(), place: line, status: line, durationMinutes: int.nullable(),
      notes: text, minutesNotes: text, decisions: text, updatedAt: stamp,
    },
  }),
  participants: def({
    sql: 'workshop_participants', key: 'id', parent: { field: 'workshopId', table: 'workshops' }, refs: { contactId: 'contacts' },
    fields: { id: uuid, workshopId: uuid, position: int, contactId: uuid.nullable(), name: line, role: line, invited: flag, attended: flag },
  }),
  agenda: def({
    sql: 'workshop_agenda', parent: { field: 'workshopId', table: 'workshops' }, orderBy: ['workshopId', 'position'],
    fields: { workshopId: uuid, position: int, blockId: line.nullable(), title: line, plannedMinutes: int, actualMinutes: int.nullable() },
  }),
  answers: def({
    sql: 'worksheet_answers', parent: { field: 'workshopId', table: 'workshops' }, orderBy: ['workshopId', 'worksheetId', 'fieldId'],
    fields: { workshopId: uuid, worksheetId: line, fieldId: line, value: text, updatedAt: stamp },
  }),
  homework: def({
    sql: 'homework', key: 'id', parent: { field: 'workshopId', table: 'workshops' },
    fields: { id: uuid, workshopId: uuid, position: int, task: text, owner: line, dueDate: day.nullable(), done: flag },
  }),
  votingRounds: def({
    sql: 'voting_rounds', key: 'id', parent: { field: 'workshopId', table: 'workshops' },
    fields: { id: uuid, workshopId: uuid, kind: line, setup: text, roomCode: line, status: line, openedAt: stamp, closedAt: stamp.nullable() },
  }),
  votingPhones: def({
    sql: 'voting_phones', parent: { field: 'roundId', table: 'votingRounds' }, orderBy: ['roundId', 'phoneId'],
    fields: { roundId: uuid, phoneId: line, joinedAt: stamp },
  }),
  votingAnswers: def({
    sql: 'voting_answers', parent: { field: 'roundId', table: 'votingRounds' }, orderBy: ['roundId', 'phoneId', 'itemId'],
    fields: { roundId: uuid, phoneId: line, itemId: line, value: z.union([z.number(), text]), answeredAt: stamp },
  }),
  strategies: def({
    sql: 'strategies', parent: { field: 'processId', table: 'processes' },
    fields: { processId: uuid, vision: text, reviewRoutine: text, updatedAt: stamp },
  }),
  evaluations: def({
    sql: 'self_evaluations', key: 'id', parent: { field: 'processId', table: 'processes' },
    fields: { id: uuid, processId: uuid, kind: line, takenOn: day, note: text, edition: int, updatedAt: stamp },
  }),
  scores: def({
    sql: 'self_evaluation_scores', parent: { field: 'evaluationId', table: 'evaluations' }, orderBy: ['evaluationId', 'itemId'],
    fields: { evaluationId: uuid, itemId: line, score: int },
  }),
  /** Each participant's own scores beside the agreed ones (an empty name for an anonymous one). */
  evaluationParticipants: def({
    sql: 'self_evaluation_participants', key: 'id', parent: { field: 'evaluationId', table: 'evaluations' },
    fields: { id: uuid, evaluationId: uuid, position: int, name: line },
  }),
  evaluationParticipantScores: def({
    sql: 'self_evaluation_participant_scores', parent: { field: 'participantId', table: 'evaluationParticipants' }, orderBy: ['participantId', 'itemId'],
    fields: { participantId: uuid, itemId: line, score: int },
  }),
  stakeholders: def({
    sql: 'stakeholders', key: 'id', softDeleted: true, parent: { field: 'processId', table: 'processes' }, columns: { group: 'grp' },
    fields: { id: uuid, processId: uuid, position: int, group: line, name: line, influence: int, impact: int, expectations: text, relationship: int },
  }),
  objectives: def({
    sql: 'objectives', key: 'id', softDeleted: true, parent: { field: 'processId', table: 'processes' },
    fields: { id: uuid, processId: uuid, position: int, perspective: line, title: line, description: text },
  }),
  objectiveLinks: def({
    sql: 'objective_links', parent: { field: 'causeId', table: 'objectives' }, refs: { effectId: 'objectives' }, orderBy: ['causeId', 'effectId'],
    fields: { causeId: uuid, effectId: uuid },
  }),
  activities: def({
    sql: 'activities', key: 'id', softDeleted: true, parent: { field: 'processId', table: 'processes' }, refs: { objectiveId: 'objectives' },
    fields: {
      id: uuid, processId: uuid, position: int, objectiveId: uuid.nullable(), title: line, kind: line, owner: line, startDate: day.nullable(),
      dueDate: day.nullable(), status: line, cost: z.number().nullable(), businessBenefit: text, stakeholderBenefit: text, learning: flag,
      learners: text, learningWhat: text, learningHow: line.nullable(),
    },
  }),
  indicators: def({
    sql: 'indicators', key: 'id', softDeleted: true, parent: { field: 'processId', table: 'processes' }, refs: { objectiveId: 'objectives' },
    fields: {
      id: uuid, processId: uuid, position: int, objectiveId: uuid, name: line, unit: line, direction: line, keep: line.nullable(), baseline: z.number(),
      baselineDate: day.nullable(), target: z.number(), targetHigh: z.number().nullable(), targetDate: day.nullable(),
    },
  }),
  /** The VSME datapoint an indicator feeds. */
  indicatorDatapoints: def({
    sql: 'indicator_datapoints', parent: { field: 'indicatorId', table: 'indicators' },
    fields: { indicatorId: uuid, datapoint: line },
  }),
  measurements: def({
    sql: 'measurements', key: 'id', softDeleted: true, parent: { field: 'indicatorId', table: 'indicators' },
    fields: { id: uuid, indicatorId: uuid, measuredOn: day, value: z.number(), note: text },
  }),
  reviews: def({
    sql: 'reviews', key: 'id', softDeleted: true, parent: { field: 'processId', table: 'processes' },
    fields: { id: uuid, processId: uuid, heldOn: day, findings: text, decisions: text, nextOn: day.nullable() },
  }),
  /** Standards tags on an objective, an activity or an indicator of the process (after all three). */
  standardTags: def({
    sql: 'standard_tags', parent: { field: 'processId', table: 'processes' }, orderBy: ['processId', 'recordId', 'scheme', 'code'],
    refs: { recordId: { by: 'recordKind', tables: { objective: 'objectives', activity: 'activities', indicator: 'indicators' } } },
    fields: { processId: uuid, recordKind: line, recordId: uuid, scheme: line, code: line },
  }),
} as const satisfies Record<string, TableDef>;

export type CaseFileTable = keyof typeof CASE_FILE_TABLES;
export const TABLE_NAMES = Object.keys(CASE_FILE_TABLES) as CaseFileTable[];

/** The table a row's parent (or a reference) lives in. */
export const tableOf = (name: string): CaseFileTable => name as CaseFileTable;

/** The database column of a field. */
export function columnOf(table: TableDef, field: string): string {
  return table.columns?.[field] ?? field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

type Row<T extends CaseFileTable> = z.output<z.ZodObject<(typeof CASE_FILE_TABLES)[T]['fields']>>;
export type CaseFileRows = { [T in Exclude<CaseFileTable, 'sme'>]: Row<T>[] };
export type CaseFile = { sme: Row<'sme'> } & CaseFileRows;
export type AnyRow = Record<string, unknown>;

const rowSchema = (t: TableDef) => z.object(t.fields).strict();

export const CaseFileSchema = z.object(
  Object.fromEntries(TABLE_NAMES.map((name) => [name, name === 'sme' ? rowSchema(CASE_FILE_TABLES[name]) : z.array(rowSchema(CASE_FILE_TABLES[name]))])),
).strict() as unknown as z.ZodType<CaseFile>;

/** What every `.socialsme` file holds once opened (and decrypted). */
export const CaseFileDocument = z.object({
  format: z.literal(CASE_FILE_FORMAT),
  formatVersion: z.literal(FORMAT_VERSION),
  appVersion: line,
  /** The interface language of whoever exported it; the records themselves store ids, not labels. */
  language,
  createdAt: stamp,
  caseFiles: z.array(CaseFileSchema).max(100_000),
}).strict();
export type CaseFileDocument = z.output<typeof CaseFileDocument>;

/** For an SME already in the database (same id): keep both, replace ours, or leave ours alone. */
export const ImportChoice = z.enum(['copy', 'replace', 'skip']);
export type ImportChoice = z.output<typeof ImportChoice>;

export interface ImportPreviewSme {
  id: string;
  name: string;
  processes: number;
  /** The name of the SME with this id in the database, when there is one. */
  existing: string | null;
}
export interface ImportPreview {
  appVersion: string;
  createdAt: string;
  smes: ImportPreviewSme[];
}
export interface ImportOutcome {
  imported: { id: string; name: string; as: 'new' | 'copy' | 'replace' }[];
  skipped: string[];
  /** The backup taken before SMEs were replaced, when one was. */
  backup: string | null;
}

const Passphrase = z.string().min(1).max(1_000).optional();
/** The bytes of a `.socialsme` file the facilitator picked (uploaded in the browser, opened in the app). */
const FileBytes = z.string().max(300 * 1024 * 1024);

export const caseFileChannels = {
  /** One file with the case files of the SMEs named (or every SME not in the trash), protected when a passphrase is given. */
  'caseFiles.export': {
    input: z.object({ smeIds: z.union([z.array(z.uuid()).min(1).max(100_000), z.literal('all')]), passphrase: Passphrase }).strict(),
    output: null as unknown as { fileName: string; base64: string },
  },
  /** What a file holds and which of its SMEs are here already; writes nothing. */
  'caseFiles.preview': { input: z.object({ base64: FileBytes, passphrase: Passphrase }).strict(), output: null as unknown as ImportPreview },
  /** Imports a file; for an SME already here, `choices[id]` (else `conflicts`) says copy, replace or skip. */
  'caseFiles.import': {
    input: z.object({ base64: FileBytes, passphrase: Passphrase, conflicts: ImportChoice.default('skip'), choices: z.record(z.uuid(), ImportChoice).default({}) }).strict(),
    output: null as unknown as ImportOutcome,
  },
} as const;
