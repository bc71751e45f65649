import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { coreForEachTest } from '../../helpers/core';
import { pdfText } from '../../helpers/pdf-text';

const cores = coreForEachTest();
const call = cores.call;

async function example() {
  cores.start();
  await call('settings.update', { facilitatorName: 'Aistė Mockutė', organisation: 'Kaunas SME Centre' });
  return call('examples.load', {});
}

describe('the VSME Basic-module draft of the example', () => {
  it('fills B1 from the register, B2 from the strategy by sustainability matter, B8 from the indicator that feeds it, B10 from the learning plan, and says what to collect', async () => {
    const { processId } = await example();
    const draft = await call('standards.draft', { processId });
    const point = (code: string) => draft.disclosures.flatMap((d) => d.datapoints).find((p) => p.code === code)!;
    expect(draft.disclosures.map((d) => d.code)).toEqual(['B1', 'B2', 'B3', 'B4', 'B5', 'B6', 'B7', 'B8', 'B9', 'B10', 'B11']);
    expect(point('B1-legal-form')).toMatchObject({ value: 'UAB (private limited company)', source: 'SME register' });
    expect(point('B1-turnover')).toMatchObject({ amount: 2_150_000, unit: 'EUR' });
    expect(point('B1-employees')).toMatchObject({ amount: 28, unit: 'headcount' });
    expect(point('B1-nace').value).toBe('division 10: Manufacture of food products');
    expect(point('B8-turnover-rate')).toMatchObject({ amount: 5, unit: 'people' });
    expect(point('B8-turnover-rate').source).toMatch(/^Indicator “Employees who left in the last 12 months”, measured /);
    expect(point('B9-accidents-number')).toMatchObject({ value: null, hint: 'The accident register: recordable work-related accidents in the year.' });
    expect(point('B2-practices').value).toBe('Objectives: 8; activities: 11 (below, by sustainability matter)');
    const b2 = draft.disclosures.find((d) => d.code === 'B2')!.practices!;
    expect(b2.map((g) => g.matter)).toEqual(['6.4 Labour practices', '6.7 Consumer issues', '6.8 Community involvement and development', '6.5 The environment'].sort((a, b) => a.localeCompare(b)));
    const labour = b2.find((g) => g.matter === '6.4 Labour practices')!;
    expect(labour.items.map((i) => i.objective)).toContain('A second person for every key recipe and machine');
    expect(labour.items.find((i) => i.objective === 'A good start for every newcomer')!.activities[0]).toMatchObject({ title: 'Induction checklist and a named buddy for every newcomer', status: 'Done' });
    const learning = draft.disclosures.find((d) => d.code === 'B10')!.learning!;
    expect(learning[0]).toEqual({ who: 'Mantas and Eglė, bakers on the night shift', what: expect.stringMatching(/^Feeding and keeping the rye sourdough/), how: 'Mentoring' });

    const pdf = await call('standards.draftPdf', { processId });
    expect(pdf.fileName).toBe('VSME Basic module draft - Example Šilo duona family bakery.pdf');
    const { text, pages } = await pdfText(Buffer.from(pdf.base64, 'base64'));
    expect(pages).toBeGreaterThan(2);
    for (const expected of [
      'VSME BASIC MODULE: DRAFT', 'Example: Šilo duona family bakery', 'Aistė Mockutė, Kaunas SME Centre',
      'B1 Basis for preparation', 'Legal form B1-legal-form UAB (private limited company) SME register',
      'Net turnover (EUR) B1-turnover 2,150,000 EUR SME register', 'Country of main operations B1-country Lithuania',
      'Sustainability certificates or labels held B1-certifications To collect Labels and certificates held',
      'Practices, policies and future initiatives by sustainability matter', '6.4 Labour practices', 'A good start for every newcomer (Learning and growth)',
      '• Induction checklist and a named buddy for every newcomer · Done',
      'B8 Workforce – general characteristics', 'B8-turnover-rate 5 people Indicator “Employees who left in the last 12 months”',
      'B9 Workforce – health and safety', 'B9-accidents-number To collect The accident register',
      'Energy and emissions: the calculation (2025)', '212,000 kWh = 212 MWh', '16,500 l × 9.921 kWh/l = 163.691 MWh',
      'Learning plan', 'Mantas and Eglė, bakers on the night shift Feeding and keeping the rye sourdough',
    ]) expect(text).toContain(expected);
  });

  it('as xlsx: one row per datapoint, disclosure by disclosure, numbers kept as numbers, and the practices and the energy calculation on their own sheets', async () => {
    const { processId } = await example();
    const file = await call('standards.draftXlsx', { processId });
    expect(file.fileName).toBe('VSME Basic module draft - Example Šilo duona family bakery.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Datapoints', 'B2 practices', 'B3 energy']);
    const sheet = book.getWorksheet('Datapoints')!;
    const rows = sheet.getSheetValues().slice(1).map((r) => (r as ExcelJS.CellValue[]).slice(1));
    expect(rows[0]).toEqual(['Disclosure', 'Code', 'Datapoint', 'Value', 'Unit', 'Status', 'Source', 'Where to find it']);
    expect(rows).toHaveLength(1 + 36);
    const byCode = new Map(rows.slice(1).map((r) => [r[1], r]));
    expect(byCode.get('B1-legal-form')).toEqual(['B1 Basis for preparation', 'B1-legal-form', 'Legal form', 'UAB (private limited company)', '', 'From the case file', 'SME register', '']);
    expect(byCode.get('B1-turnover')!.slice(3, 6)).toEqual([2_150_000, 'EUR', 'From the case file']);
    expect(byCode.get('B1-employees')!.slice(3, 5)).toEqual([28, 'headcount']);
    expect(byCode.get('B8-turnover-rate')!.slice(3, 5)).toEqual([5, 'people']);
    expect(byCode.get('B9-fatalities')).toEqual(['B9 Workforce – health and safety', 'B9-fatalities', expect.any(String), '', '', 'To collect', '', 'Deaths from work-related injuries or ill health in the year.']);
    expect(typeof byCode.get('B3-scope-1')![3]).toBe('number');
    expect(byCode.get('B3-ghg-intensity')![3]).toBeCloseTo((120.411 + 59.572) / 2_150_000, 8);
    const practices = book.getWorksheet('B2 practices')!;
    expect(practices.getRow(1).values).toEqual([undefined, 'Practices, policies and future initiatives by sustainability matter', 'Objective', 'Activity', 'Status', 'Learning plan']);
    const practiceRows = practices.getSheetValues().slice(2).map((r) => (r as ExcelJS.CellValue[]).slice(1));
    expect(practiceRows).toContainEqual(['6.4 Labour practices', 'A good start for every newcomer', 'Induction checklist and a named buddy for every newcomer', 'Done', expect.stringMatching(/^Every new employee and the four buddies: /)]);
  });
});
