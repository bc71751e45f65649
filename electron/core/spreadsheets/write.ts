import type { SheetTable } from './tables';

/** An ISO day as a date at midnight UTC: Excel shows it as that day wherever the file is opened. */
const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * A workbook with one sheet per table (ExcelJS): a bold, frozen header row, numbers as numbers
 * and days as real dates (sortable and filterable in Excel), not as text.
 */
export async function toXlsx(tables: SheetTable[]): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'SocialSME 6x3';
  const used = new Set<string>();
  for (const table of tables) {
    // Sheet names: at most 31 characters, none of []:*?/\ and unique in the workbook.
    let name = table.name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet';
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${table.name.slice(0, 28)} ${n}`;
    used.add(name.toLowerCase());
    const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((c) => ({ header: c.header, width: c.kind === 'text' ? 28 : 14, style: c.kind === 'date' ? { numFmt: 'yyyy-mm-dd' } : {} }));
    sheet.getRow(1).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row.map((v, i) => (v !== null && table.columns[i]!.kind === 'date' ? asDate(String(v)) : v)));
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/**
 * Text that Excel, LibreOffice or Google Sheets would take for a formula when it opens a CSV file:
 * a name typed as "=HYPERLINK(…)" or "@SUM(…)" would run on a funder's computer (CSV injection).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One table as CSV: UTF-8 with a byte-order mark (so that Excel reads diacritics and Greek or
 * Cyrillic letters correctly), comma-separated, quoted where needed, lines ending in CRLF. Text
 * that begins like a formula gets a leading apostrophe, which the spreadsheet shows as text (the
 * advice of OWASP); numbers, negative ones too, stay numbers.
 */
export function toCsv(table: SheetTable): Buffer {
  const cell = (v: string | number | null) => {
    if (v === null) return '';
    const s = typeof v === 'number' ? String(v) : FORMULA_START.test(v) ? `'${v}` : v;
    return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  const lines = [table.columns.map((c) => cell(c.header)), ...table.rows.map((r) => r.map(cell))].map((r) => r.join(','));
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8')]);
}
