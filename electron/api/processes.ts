import { z } from 'zod';
import { LANGUAGES } from './languages';
import type { WorkshopSummary } from './workshops';
import { Id, IsoDate, returns } from './channel';

export const PROCESS_STATUSES = ['planned', 'running', 'completed', 'paused'] as const;


export const ProcessInput = z.object({
  smeId: z.uuid(),
  title: z.string().trim().min(1).max(200),
  /** The language the workshops are held in; independent of the UI language. */
  language: z.enum(LANGUAGES),
  facilitator: z.string().trim().max(120).default(''),
  startDate: IsoDate,
  status: z.enum(PROCESS_STATUSES).default('planned'),
});
export type ProcessInput = z.input<typeof ProcessInput>;
export type ProcessData = z.output<typeof ProcessInput>;

export interface ProcessRecord {
  id: string;
  smeId: string;
  title: string;
  language: (typeof LANGUAGES)[number];
  facilitator: string;
  startDate: string;
  status: (typeof PROCESS_STATUSES)[number];
  createdAt: string;
  updatedAt: string;
  workshops: WorkshopSummary[];
}

/** The channels of this slice (joined into THE contract in contract.ts). */
export const processChannels = {
  'processes.create': { input: ProcessInput, output: returns<ProcessRecord>() },
  'processes.update': { input: Id.extend({ data: ProcessInput.omit({ smeId: true }) }), output: returns<ProcessRecord>() },
  'processes.get': { input: Id, output: returns<ProcessRecord>() },
  'processes.listForSme': { input: z.object({ smeId: z.uuid() }), output: returns<ProcessRecord[]>() },
  'processes.nextCycle': { input: Id.extend({ title: z.string().trim().min(1).max(200), startDate: IsoDate }), output: returns<ProcessRecord>() },
} as const;
