import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { coreForEachTest } from '../../helpers/core';

const cores = coreForEachTest();

async function workbookOf(base64: string) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  return book;
}

describe('spreadsheets for funders', () => {
  it("one SME's indicators with measurements, activities and scores: a sheet each, dates as dates, numbers as numbers", async () => {
    cores.start();
    const { smeId, processId } = await cores.call('examples.load', {});
    const strategy = await cores.call('strategy.get', { processId });
    const file = await cores.call('spreadsheets.export', { of: 'sme', smeId, format: 'xlsx' });
    expect(file.fileName).toMatch(/\.xlsx$/);
    const book = await workbookOf(file.base64);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Indicators', 'Action plan', 'Self-evaluation']);

    const indicators = book.getWorksheet('Indicators')!;
    const header = (indicators.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(['Process', 'Name', 'Unit', 'Direction', 'Baseline', 'Baseline date', 'Target', 'Target date', 'Date', 'Value', 'Note']);
    // A row per measurement (an indicator not measured yet has one row of its own).
    const measured = strategy.indicators.reduce((n, i) => n + Math.max(1, i.measurements.length), 0);
    expect(indicators.rowCount - 1).toBe(measured);
    const first = strategy.indicators[0]!;
    const firstMeasurement = [...first.measurements].sort((a, b) => a.measuredOn.localeCompare(b.measuredOn))[0]!;
    const row = indicators.getRow(2);
    expect(row.getCell(2).value).toBe(first.name);
    expect(row.getCell(5).value).toBe(first.baseline);
    expect(row.getCell(9).value).toBeInstanceOf(Date);
    expect((row.getCell(9).value as Date).toISOString().slice(0, 10)).toBe(firstMeasurement.measuredOn);
    expect(row.getCell(9).numFmt).toBe('yyyy-mm-dd');
    expect(row.getCell(10).value).toBe(firstMeasurement.value);

    const activities = book.getWorksheet('Action plan')!;
    expect(activities.rowCount - 1).toBe(strategy.activities.length);
    expect(activities.getRow(2).getCell(2).value).toBe(strategy.activities[0]!.title);

    const scores = book.getWorksheet('Self-evaluation')!;
    const scored = strategy.evaluations.reduce((n, e) => n + Object.keys(e.scores).length, 0);
    expect(scores.rowCount - 1).toBe(scored);
    // The statement is its text, not an id.
    expect(String(scores.getRow(2).getCell(4).value).split(' ').length).toBeGreaterThan(3);
    expect(typeof scores.getRow(2).getCell(5).value).toBe('number');
  });

  it('the register as CSV: UTF-8 with a BOM, quoted where needed, headers in the interface language', async () => {
    cores.start();
    await cores.call('settings.update', { uiLanguage: 'lt' });
    await cores.call('examples.load', {});
    await cores.call('smes.create', { name: 'Duona, "Šilas" ir Ko', country: 'LT', city: 'Šiauliai' });
    const file = await cores.call('spreadsheets.export', { of: 'register', format: 'csv' });
    const bytes = Buffer.from(file.base64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe('Pavadinimas,Šalis,Miestas,Sektorius (NACE),Darbuotojai,Interneto svetainė,Kontaktai,Paskutinis pakeitimas');
    expect(lines.at(-1)).toBe('');
    expect(lines).toContain('"Duona, ""Šilas"" ir Ko",Lietuva,Šiauliai,,,,0,' + new Date().toISOString().slice(0, 10));
    expect(lines.some((l) => l.startsWith('Example: Šilo duona family bakery,Lietuva,Kėdainiai,'))).toBe(true);
  });

  it('one table of an SME as CSV, and a refusal for an SME that does not exist', async () => {
    const core = cores.start();
    const { smeId } = await cores.call('examples.load', {});
    const file = await cores.call('spreadsheets.export', { of: 'sme', smeId, format: 'csv', table: 'activities' });
    expect(file.fileName).toMatch(/Action-plan-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(Buffer.from(file.base64, 'base64').subarray(3).toString('utf8')).toMatch(/^Process,Title,Kind,Status,Activity lead,Start,Due date,Cost,/);
    const missing = await core.dispatch('spreadsheets.export', { of: 'sme', smeId: '00000000-0000-4000-8000-000000000009', format: 'xlsx' });
    expect(missing.ok ? null : missing.error.code).toBe('not_found');
    const noTable = await core.dispatch('spreadsheets.export', { of: 'sme', smeId, format: 'csv' });
    expect(noTable.ok ? null : noTable.error.code).toBe('validation');
  });
});
