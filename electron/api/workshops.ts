import { z } from 'zod';
import { DateOrDateTime, IsoDate, LocalDateTime } from './dates';
import type { PdfFile } from './channel';
import { ContentId, Id, returns } from './channel';

export const WORKSHOP_STATUSES = ['planned', 'held', 'cancelled'] as const;

export const WorkshopInput = z.object({
  /** Local date and time, "YYYY-MM-DDTHH:MM"; null while not planned. */
  plannedAt: LocalDateTime.nullable().default(null),
  place: z.string().trim().max(200).default(''),
  status: z.enum(WORKSHOP_STATUSES).default('planned'),
  durationMinutes: z.number().int().min(1).max(600).nullable().default(null),
  /** The facilitator's private notes: never printed in anything the SME receives. */
  notes: z.string().max(50_000).default(''),
  /** Notes for the minutes the SME receives; left out, the stored ones stay (older callers never erase them). */
  minutesNotes: z.string().max(50_000).optional(),
  decisions: z.string().max(50_000).default(''),
});
export type WorkshopInput = z.input<typeof WorkshopInput>;
export type WorkshopData = z.output<typeof WorkshopInput>;

export const ParticipantInput = z.object({
  /** A contact of the SME, or null for an ad-hoc participant. */
  contactId: z.uuid().nullable().default(null),
  name: z.string().trim().min(1).max(120),
  role: z.string().trim().max(120).default(''),
  invited: z.boolean().default(true),
  attended: z.boolean().default(false),
});
export type ParticipantInput = z.input<typeof ParticipantInput>;

export const HomeworkInput = z.object({
  id: z.uuid().optional(),
  task: z.string().trim().min(1).max(1000),
  owner: z.string().trim().max(120).default(''),
  dueDate: IsoDate.nullable().default(null),
  done: z.boolean().default(false),
});
export type HomeworkInput = z.input<typeof HomeworkInput>;

/** One block of a workshop's agenda as adapted: a block of the guide, or one added on the day. */
export const AgendaItemInput = z
  .object({
    blockId: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).nullable().default(null),
    /** Required for an added block; for a guide block it replaces the guide's title when given. */
    title: z.string().trim().max(200).default(''),
    plannedMinutes: z.number().int().min(1).max(600),
    actualMinutes: z.number().int().min(0).max(600).nullable().default(null),
  })
  .refine((item) => item.blockId !== null || item.title.length > 0, { message: 'required', path: ['title'] });
export type AgendaItemInput = z.input<typeof AgendaItemInput>;
export type AgendaItem = z.output<typeof AgendaItemInput>;

/** One answer: text for text fields, a number, or rows of a table (column id -> value). */
export const AnswerValue = z.union([
  z.string().max(50_000),
  z.number(),
  z.null(),
  z.array(z.record(z.string().max(80), z.union([z.string().max(5_000), z.number(), z.null()]))).max(200),
]);
export type AnswerValue = z.infer<typeof AnswerValue>;

export interface Participant {
  id: string;
  contactId: string | null;
  name: string;
  role: string;
  invited: boolean;
  attended: boolean;
}

export interface Homework {
  id: string;
  task: string;
  owner: string;
  dueDate: string | null;
  done: boolean;
}

export interface WorkshopRecord {
  id: string;
  processId: string;
  number: number;
  plannedAt: string | null;
  place: string;
  status: (typeof WORKSHOP_STATUSES)[number];
  durationMinutes: number | null;
  /** Private: for the facilitator only. */
  notes: string;
  /** Printed in the minutes. */
  minutesNotes: string;
  decisions: string;
  updatedAt: string;
  participants: Participant[];
  homework: Homework[];
  /** The agenda as adapted and held, in order; empty while the workshop follows the guide. */
  agenda: AgendaItem[];
  /** worksheet id -> field id -> value */
  answers: Record<string, Record<string, AnswerValue>>;
}

export type WorkshopSummary = Omit<WorkshopRecord, 'participants' | 'homework' | 'answers' | 'notes' | 'minutesNotes' | 'decisions' | 'agenda'> & {
  openHomework: number;
  /** Open tasks whose due date has passed (the facilitator's local today). */
  overdueHomework: number;
};

export interface UpcomingWorkshop {
  workshopId: string;
  number: number;
  plannedAt: string;
  place: string;
  processId: string;
  processTitle: string;
  smeId: string;
  smeName: string;
}

/** The channels of this slice (joined into THE contract in contract.ts). */
export const workshopChannels = {
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
    input: z.object({ from: DateOrDateTime, to: DateOrDateTime }),
    output: returns<UpcomingWorkshop[]>(),
  },
} as const;
