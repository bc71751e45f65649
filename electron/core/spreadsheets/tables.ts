import type { SmeTable } from '../../api/spreadsheets';
import { readCaseFile } from '../case-file/rows';
import type { Db } from '../db/open';
import type { ContentLibrary } from '../library/library';
import { localeStrings } from '../locales';
import { AppFailure } from '../../api/result';
import { sectorLabel } from '../../api/nace';
import { sectorNames } from '../smes/sector-names';

/** A cell's kind decides how it is written: a date as a date, a number as a number. */
export type CellKind = 'text' | 'number' | 'date';
export type Cell = string | number | null;

/** One sheet (or one CSV file): captions in the interface language, typed columns, rows. */
export interface SheetTable {
  name: string;
  columns: { header: string; kind: CellKind }[];
  rows: Cell[][];
}

const col = (header: string, kind: CellKind = 'text') => ({ header, kind });
/** Stored ISO days ("2027-03-01") stay strings here; the writers make dates of them. */
const day = (v: unknown): Cell => (typeof v === 'string' && v ? v.slice(0, 10) : null);

/** The SME register: every SME not in the trash, as the list shows it. */
export function registerTable(db: Db, language: string): SheetTable {
  const ui = localeStrings(language, 'translation');
  const regions = new Intl.DisplayNames([language], { type: 'region' });
  const rows = db.prepare(
    `SELECT s.name, s.country, s.city, s.sector, s.employees, s.website, s.updated_at AS updated,
            (SELECT count(*) FROM sme_contacts c WHERE c.sme_id = s.id) AS contacts
       FROM smes s WHERE s.deleted_at IS NULL ORDER BY s.name_folded, s.id`,
  ).all() as { name: string; country: string; city: string; sector: string | null; employees: number | null; website: string; updated: string; contacts: number }[];
  const sectors = sectorNames(language);
  return {
    name: ui.list.title,
    columns: [col(ui.sme.name), col(ui.sme.country), col(ui.sme.city), col(ui.sme.sector), col(ui.sme.employees, 'number'), col(ui.sme.website), col(ui.contacts.title, 'number'), col(ui.list.updated, 'date')],
    rows: rows.map((r) => [r.name, regions.of(r.country) ?? r.country, r.city, r.sector ? sectorLabel(r.sector, sectors) : null, r.employees, r.website, r.contacts, day(r.updated)]),
  };
}

/**
 * One SME's indicators with their measurements (a row per measurement), activities and
 * self-evaluation scores (statements in the language of their process), read through the
 * case-file mapping, over all its processes.
 */
export function smeTables(db: Db, library: ContentLibrary, smeId: string, language: string): Record<SmeTable, SheetTable> & { smeName: string } {
  const file = readCaseFile(db, smeId);
  if (!file) throw new AppFailure('not_found', `No SME with id ${smeId}`);
  const ui = localeStrings(language, 'translation');
  const report = localeStrings(language, 'documents').report;
  const s = ui.strategy;
  const processTitle = new Map(file.processes.map((p) => [p.id, p.title]));
  const processOf = new Map<string, string>();
  for (const i of file.indicators) processOf.set(i.id, i.processId);
  const statements = new Map<string, Map<string, string>>();
  const statementText = (processId: string, itemId: string) => {
    const lng = file.processes.find((p) => p.id === processId)?.language ?? language;
    if (!statements.has(lng)) {
      const texts = new Map<string, string>();
      for (const block of library.document(lng, 'self-evaluation').blocks) if (block.type === 'statements') for (const item of block.items) texts.set(item.id, item.text);
      statements.set(lng, texts);
    }
    return statements.get(lng)!.get(itemId) ?? itemId;
  };
  const label = (names: Record<string, string>, code: string) => names[code] ?? code;

  const indicators: SheetTable = {
    name: report.indicators,
    columns: [col(report.process), col(s.indicators.name), col(s.indicators.unit), col(s.indicators.direction), col(report.baseline, 'number'), col(s.indicators.baselineDate, 'date'),
      col(report.target, 'number'), col(s.indicators.targetDate, 'date'), col(s.indicators.measurements.date, 'date'), col(s.indicators.measurements.value, 'number'), col(s.indicators.measurements.note)],
    rows: file.indicators.flatMap((i) => {
      const head: Cell[] = [processTitle.get(i.processId) ?? '', i.name, i.unit, label(report.direction, i.direction), i.baseline, day(i.baselineDate), i.target, day(i.targetDate)];
      const measured = file.measurements.filter((m) => m.indicatorId === i.id).sort((a, b) => a.measuredOn.localeCompare(b.measuredOn));
      return measured.length ? measured.map((m) => [...head, day(m.measuredOn), m.value, m.note]) : [[...head, null, null, null]];
    }),
  };
  const activities: SheetTable = {
    name: report.actionPlan,
    columns: [col(report.process), col(s.activities.title), col(s.activities.kind), col(s.activities.status), col(s.activities.owner), col(s.activities.startDate, 'date'), col(s.activities.dueDate, 'date'),
      col(report.cost, 'number'), col(report.forBusiness), col(report.forStakeholders), col(report.learners), col(report.learningWhat)],
    rows: file.activities.map((a) => [processTitle.get(a.processId) ?? '', a.title, label(s.activityKind, a.kind), label(s.activityStatus, a.status), a.owner, day(a.startDate), day(a.dueDate),
      a.cost, a.businessBenefit, a.stakeholderBenefit, a.learning ? a.learners : '', a.learning ? a.learningWhat : '']),
  };
  const evaluation = new Map(file.evaluations.map((e) => [e.id, e]));
  const scores: SheetTable = {
    name: report.selfEvaluation,
    columns: [col(report.process), col(s.evaluation.kind), col(s.evaluation.takenOn, 'date'), col(ui.spreadsheets.statement), col(report.score, 'number')],
    rows: file.scores.map((sc) => {
      const e = evaluation.get(sc.evaluationId)!;
      return [processTitle.get(e.processId) ?? '', label(s.evaluationKind, e.kind), day(e.takenOn), statementText(e.processId, sc.itemId), sc.score];
    }),
  };
  return { smeName: file.sme.name, indicators, activities, scores };
}
