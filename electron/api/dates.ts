import { z } from 'zod';

/** A calendar date "YYYY-MM-DD". */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'invalid_date' }).refine((v) => !Number.isNaN(Date.parse(v)), { message: 'invalid_date' });
/** A local date and time "YYYY-MM-DDTHH:MM" (no time zone: the meeting room's clock). */
export const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { message: 'invalid_date' }).refine((v) => !Number.isNaN(Date.parse(v)), { message: 'invalid_date' });
