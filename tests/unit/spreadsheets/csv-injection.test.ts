import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../electron/core/spreadsheets/write';
import { coreForEachTest } from '../../helpers/core';

const cores = coreForEachTest();
const linesOf = (bytes: Buffer) => bytes.subarray(3).toString('utf8').split('\r\n');

describe('CSV export against formula injection', () => {
  it('prefixes text that starts like a formula with an apostrophe, and leaves numbers and other text alone', () => {
    const csv = toCsv({
      name: 'T',
      columns: [{ header: 'Text', kind: 'text' }, { header: 'Number', kind: 'number' }],
      rows: [
        ['=HYPERLINK("http://example.com/x","Click")', -12.5],
        ['+370 600 00000', 0],
        ['-minus', -3],
        ['@SUM(A1:A9)', 4],
        ['\tTabbed', null],
        ['\rReturn', 1],
        ['Plain, with a comma', 1e6],
        ['a=b', 2],
      ],
    });
    expect(linesOf(csv)).toEqual([
      'Text,Number',
      `"'=HYPERLINK(""http://example.com/x"",""Click"")",-12.5`,
      "'+370 600 00000,0",
      "'-minus,-3",
      "'@SUM(A1:A9),4",
      "'\tTabbed,",
      `"'\rReturn",1`,
      '"Plain, with a comma",1000000',
      'a=b,2',
      '',
    ]);
  });

  it('applies to what facilitators type, through the register export; the xlsx keeps the text as typed (a cell there is never a formula)', async () => {
    cores.start();
    await cores.call('smes.create', { name: '=1+2', country: 'LT', city: '@Kaunas', employees: 12 });
    const csv = await cores.call('spreadsheets.export', { of: 'register', format: 'csv' });
    const row = linesOf(Buffer.from(csv.base64, 'base64')).find((l) => l.includes('1+2'));
    expect(row).toMatch(/^'=1\+2,Lithuania,'@Kaunas,,12,/);
    const xlsx = await cores.call('spreadsheets.export', { of: 'register', format: 'xlsx' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer);
    const cell = book.worksheets[0]!.getRow(2).getCell(1);
    expect([cell.type, cell.value]).toEqual([ExcelJS.ValueType.String, '=1+2']);
  });
});
