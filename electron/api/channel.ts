import { z } from 'zod';
import { LANGUAGES } from './languages';

/** Declares a channel's response type without a runtime schema (responses come from our code). */
export const returns = <T>() => null as unknown as T;

export const Id = z.object({ id: z.uuid() });
export const None = z.object({}).strict().default({});
export const Language = z.enum(LANGUAGES);
export const ContentId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(80);
export const ProcessId = z.object({ processId: z.uuid() });
export { IsoDate } from './dates';
/** Adds a row to a process's list (no id) or changes the row `id` of that process. */
export const save = <T extends z.ZodType>(data: T) => z.object({ processId: z.uuid(), id: z.uuid().optional(), data });

export interface PdfFile {
  fileName: string;
  /** The PDF bytes, base64: the same over IPC and over the browser host's JSON. */
  base64: string;
}
