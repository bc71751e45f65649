import { z } from 'zod';
import { returns } from './channel';

/** The tables of one SME a funder asks for; CSV holds one table per file, a workbook all of them. */
export const SME_TABLES = ['indicators', 'activities', 'scores'] as const;
export type SmeTable = (typeof SME_TABLES)[number];

export const SpreadsheetRequest = z.union([
  /** The SME register (every SME not in the trash). */
  z.object({ of: z.literal('register'), format: z.enum(['xlsx', 'csv']) }).strict(),
  /** One SME's indicators with measurements, activities and self-evaluation scores, one sheet each. */
  z.object({ of: z.literal('sme'), smeId: z.uuid(), format: z.literal('xlsx') }).strict(),
  /** One of those tables as CSV. */
  z.object({ of: z.literal('sme'), smeId: z.uuid(), format: z.literal('csv'), table: z.enum(SME_TABLES) }).strict(),
]);

export type SpreadsheetRequest = z.input<typeof SpreadsheetRequest>;

export const spreadsheetChannels = {
  /** A spreadsheet file (.xlsx with typed cells, or .csv in UTF-8 with a BOM), headers in the interface language. */
  'spreadsheets.export': { input: SpreadsheetRequest, output: returns<{ fileName: string; base64: string }>() },
} as const;
