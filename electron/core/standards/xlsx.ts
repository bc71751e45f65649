import ExcelJS from 'exceljs';
import type { VsmeDraft } from '../../api/standards';
import { vsmeCaptions } from '../pdf/captions';

/**
 * The draft as a workbook laid out like the official VSME template: one row per datapoint,
 * disclosure by disclosure, so a value can be copied across cell by cell; numbers stay numbers.
 * The B2 practices and the B3 calculation get a sheet each.
 */
export async function draftWorkbook(draft: VsmeDraft): Promise<Buffer> {
  const c = vsmeCaptions(draft.language);
  const book = new ExcelJS.Workbook();
  book.creator = 'SocialSME 6x3';
  book.title = `${draft.title}: ${draft.smeName}`;

  const sheet = book.addWorksheet(c.sheetDatapoints);
  sheet.columns = [
    { header: c.disclosure, width: 34 }, { header: c.code, width: 24 }, { header: c.datapoint, width: 48 },
    { header: c.value, width: 26 }, { header: c.unit, width: 16 }, { header: c.status, width: 18 }, { header: c.source, width: 36 }, { header: c.hint, width: 60 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const d of draft.disclosures) {
    for (const p of d.datapoints) {
      const row = sheet.addRow([`${d.code} ${d.title}`, p.code, p.label, p.amount ?? p.value ?? '', p.unit ?? '', p.value === null ? c.toCollect : c.filled, p.source ?? '', p.value === null ? p.hint : '']);
      row.alignment = { vertical: 'top', wrapText: true };
    }
  }

  const practices = book.addWorksheet(c.sheetPractices);
  practices.columns = [{ header: c.practicesHead, width: 40 }, { header: c.objective, width: 50 }, { header: c.activity, width: 60 }, { header: c.status, width: 16 }, { header: c.learningHead, width: 50 }];
  practices.getRow(1).font = { bold: true };
  for (const group of draft.disclosures.find((d) => d.code === 'B2')?.practices ?? []) {
    for (const item of group.items) {
      if (item.activities.length === 0) practices.addRow([group.matter, item.objective, '', '', '']);
      for (const a of item.activities) practices.addRow([group.matter, item.objective, a.title, a.status, a.learning ?? '']);
    }
  }

  const energy = book.addWorksheet(c.sheetEnergy);
  energy.columns = [{ header: c.carrier, width: 22 }, { header: c.quantity, width: 14 }, { header: c.unit, width: 8 }, { header: c.mwh, width: 12 }, { header: c.scope, width: 8 }, { header: c.factor, width: 18 }, { header: c.tco2e, width: 12 }, { header: c.source, width: 60 }];
  energy.getRow(1).font = { bold: true };
  const b3 = draft.disclosures.find((d) => d.code === 'B3')?.energy;
  if (b3) {
    b3.balance.lines.forEach((l, i) => {
      energy.addRow([c.carriers[l.carrier], l.quantity, l.unit === 'l' ? c.litres : 'kWh', l.mwh, l.scope, l.factor?.tCo2ePerMwh ?? '', l.tCo2e ?? '', b3.factorNotes[i] ?? '']);
    });
    energy.addRow([c.total, '', '', b3.balance.totalMwh]).font = { bold: true };
    energy.addRow([c.renewable, '', '', b3.balance.renewableMwh]);
    energy.addRow([c.scope1, '', '', '', 1, '', b3.balance.scope1]);
    energy.addRow([c.scope2, '', '', '', 2, '', b3.balance.scope2Location ?? '']);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
