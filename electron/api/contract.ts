import { z } from 'zod';
import type { DocumentModel, SearchHit, Toc, WorksheetView } from './doc';
import { LANGUAGES } from './languages';
import type { ProcessRecord, UpcomingWorkshop, WorkshopRecord } from './process';
import { AgendaItemInput, AnswerValue, HomeworkInput, ParticipantInput, ProcessInput, WorkshopInput } from './process';
import type { Settings } from './settings';
import { SettingsPatch } from './settings';
import type { Dashboard, StrategyRecord } from './strategy';
import { ActivityInput, EvaluationInput, IndicatorInput, MeasurementInput, ObjectiveInput, ReviewInput, StakeholderInput, StrategyInput } from './strategy';
import type { Sme, SmePage } from './sme';
import { SmeInput, SmeQuery } from './sme';

/** Declares a channel's response type without a runtime schema (responses come from our code). */
const returns = <T>() => null as unknown as T;

const Id = z.object({ id: z.uuid() });
const None = z.object({}).strict().default({});
const Language = z.enum(LANGUAGES);
const ContentId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(80);
const ProcessId = z.object({ processId: z.uuid() });
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'invalid_date' });
/** Adds a row to a process's list (no id) or changes the row `id` of that process. */
const save = <T extends z.ZodType>(data: T) => z.object({ processId: z.uuid(), id: z.uuid().optional(), data });
const strategy = returns<StrategyRecord>();

export interface PdfFile {
  fileName: string;
  base64: string;
}

export interface LibraryToc extends Toc {
  /** The language asked for; differs from `language` while its translation is not there yet. */
  requested: string;
  available: string[];
}

export interface AppInfo {
  version: string;
  /** 'electron' in the desktop app, 'browser' in the browser host. */
  shell: 'electron' | 'browser';
  dataDir: string;
  /** The operating system's preferred languages (BCP 47), most preferred first. */
  systemLanguages: string[];
  /** Why the case-file database is not available ('db_newer', 'db_corrupt', 'db_locked'), or null. */
  databaseError: 'db_newer' | 'db_corrupt' | 'db_locked' | 'internal' | null;
}

/**
 * THE contract: every channel with its request schema and response type. The preload, the IPC
 * registration, the HTTP host and the renderer's client are all generated from this object.
 */
export const contract = {
  'app.info': { input: None, output: returns<AppInfo>() },
  'settings.get': { input: None, output: returns<Settings>() },
  'settings.update': { input: SettingsPatch, output: returns<Settings>() },
  'smes.list': { input: SmeQuery, output: returns<SmePage>() },
  'smes.get': { input: Id, output: returns<Sme>() },
  'smes.create': { input: SmeInput, output: returns<Sme>() },
  'smes.update': { input: Id.extend({ data: SmeInput }), output: returns<Sme>() },
  'smes.setArchived': { input: Id.extend({ archived: z.boolean() }), output: returns<Sme>() },
  'smes.trash': { input: Id, output: returns<Sme>() },
  'smes.restore': { input: Id, output: returns<Sme>() },
  'smes.purge': { input: Id, output: returns<{ id: string }>() },
  'library.toc': { input: z.object({ language: Language }), output: returns<LibraryToc>() },
  'library.document': { input: z.object({ language: Language, id: ContentId }), output: returns<DocumentModel>() },
  'library.search': {
    input: z.object({ language: Language, text: z.string().max(200), limit: z.number().int().min(1).max(100).default(30) }),
    output: returns<SearchHit[]>(),
  },
  'processes.create': { input: ProcessInput, output: returns<ProcessRecord>() },
  'processes.update': { input: Id.extend({ data: ProcessInput.omit({ smeId: true }) }), output: returns<ProcessRecord>() },
  'processes.get': { input: Id, output: returns<ProcessRecord>() },
  'processes.listForSme': { input: z.object({ smeId: z.uuid() }), output: returns<ProcessRecord[]>() },
  'workshops.get': { input: Id, output: returns<WorkshopRecord>() },
  'workshops.update': { input: Id.extend({ data: WorkshopInput }), output: returns<WorkshopRecord>() },
  'workshops.setParticipants': { input: Id.extend({ participants: z.array(ParticipantInput).max(100) }), output: returns<WorkshopRecord>() },
  'workshops.setHomework': { input: Id.extend({ items: z.array(HomeworkInput).max(100) }), output: returns<WorkshopRecord>() },
  'workshops.setAgenda': { input: Id.extend({ items: z.array(AgendaItemInput).max(40) }), output: returns<WorkshopRecord>() },
  'workshops.saveAnswer': {
    input: z.object({ workshopId: z.uuid(), worksheetId: ContentId, fieldId: ContentId, value: AnswerValue }),
    output: returns<{ updatedAt: string }>(),
  },
  'workshops.minutesPdf': { input: Id, output: returns<PdfFile>() },
  'workshops.worksheetPdf': { input: Id.extend({ worksheetId: ContentId }), output: returns<PdfFile>() },
  'workshops.upcoming': {
    input: z.object({ from: z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/), to: z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/) }),
    output: returns<UpcomingWorkshop[]>(),
  },
  'library.worksheet': { input: z.object({ language: Language, id: ContentId }), output: returns<WorksheetView>() },
  'library.pdf': { input: z.object({ language: Language, id: ContentId }), output: returns<PdfFile>() },
  'library.worksheetPdf': {
    input: z.object({ language: Language, id: ContentId, smeName: z.string().trim().max(200).optional() }),
    output: returns<PdfFile>(),
  },
  'strategy.get': { input: ProcessId, output: strategy },
  'strategy.update': { input: ProcessId.extend({ data: StrategyInput }), output: strategy },
  'evaluations.create': { input: ProcessId.extend({ data: EvaluationInput }), output: strategy },
  'evaluations.update': { input: Id.extend({ data: EvaluationInput }), output: strategy },
  'evaluations.setScore': {
    input: Id.extend({ itemId: ContentId, score: z.number().int().min(1).max(5).nullable() }),
    output: returns<{ updatedAt: string }>(),
  },
  'evaluations.delete': { input: Id, output: strategy },
  'stakeholders.save': { input: save(StakeholderInput), output: strategy },
  'stakeholders.delete': { input: Id, output: strategy },
  'objectives.save': { input: save(ObjectiveInput), output: strategy },
  'objectives.delete': { input: Id, output: strategy },
  'activities.save': { input: save(ActivityInput), output: strategy },
  'activities.delete': { input: Id, output: strategy },
  'indicators.save': { input: save(IndicatorInput), output: strategy },
  'indicators.delete': { input: Id, output: strategy },
  'measurements.save': { input: z.object({ indicatorId: z.uuid(), id: z.uuid().optional(), data: MeasurementInput }), output: strategy },
  'measurements.delete': { input: Id, output: strategy },
  'reviews.save': { input: save(ReviewInput), output: strategy },
  'reviews.delete': { input: Id, output: strategy },
  'processes.nextCycle': { input: Id.extend({ title: z.string().trim().min(1).max(200), startDate: IsoDate }), output: returns<ProcessRecord>() },
  'smes.dashboard': { input: z.object({ smeId: z.uuid() }), output: returns<Dashboard>() },
  'strategy.pdf': { input: ProcessId, output: returns<PdfFile>() },
  'strategy.progressPdf': { input: ProcessId.extend({ from: IsoDate, to: IsoDate }), output: returns<PdfFile>() },
  'strategy.summaryPdf': { input: ProcessId, output: returns<PdfFile>() },
  /** Creates the fictional example SME with a complete case file, for exploring the app. */
  'examples.load': { input: None, output: returns<{ smeId: string; processId: string }>() },
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export const CHANNELS = Object.keys(contract) as Channel[];

export type Request<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedRequest<C extends Channel> = z.output<Contract[C]['input']>;
export type Response<C extends Channel> = Contract[C]['output'];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(contract, value);
}
