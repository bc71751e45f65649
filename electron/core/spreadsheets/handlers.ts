import type { Language } from '../../api/languages';
import type { Db } from '../db/open';
import type { ContentLibrary } from '../library/library';
import type { SliceHandlers } from '../slice';
import { registerTable, smeTables } from './tables';
import { toCsv, toXlsx } from './write';

/** A file name any system accepts, still recognisable: letters of every script are kept. */
const safeName = (name: string) => name.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60) || 'sme';

export const spreadsheetHandlers = (deps: { db: () => Db; library: ContentLibrary; language: () => Language }): SliceHandlers<'spreadsheets'> => ({
  'spreadsheets.export': async (request) => {
    const language = deps.language();
    const day = new Date().toISOString().slice(0, 10);
    if (request.of === 'register') {
      const table = registerTable(deps.db(), language);
      const bytes = request.format === 'xlsx' ? await toXlsx([table]) : toCsv(table);
      return { fileName: `${safeName(table.name)}-${day}.${request.format}`, base64: bytes.toString('base64') };
    }
    const tables = smeTables(deps.db(), deps.library, request.smeId, language);
    if (request.format === 'xlsx') {
      const bytes = await toXlsx([tables.indicators, tables.activities, tables.scores]);
      return { fileName: `${safeName(tables.smeName)}-${day}.xlsx`, base64: bytes.toString('base64') };
    }
    const table = tables[request.table];
    return { fileName: `${safeName(tables.smeName)}-${safeName(table.name)}-${day}.csv`, base64: toCsv(table).toString('base64') };
  },
});
