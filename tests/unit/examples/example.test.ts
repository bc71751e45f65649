import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { keepsRhythm, RULES } from '../../../electron/api/rules';
import { PERSPECTIVES } from '../../../electron/api/strategy';
import { spreadOf } from '../../../electron/api/scoring';
import { answersWithRecords } from '../../../electron/api/shared-records';
import { EXAMPLE_SME_ID } from '../../../electron/api/examples';
import { loadStructure } from '../../../electron/core/library/load';
import { calendar, DAYS } from '../../../electron/core/examples/calendar';
import { loadExample, removeExample } from '../../../electron/core/examples/example';
import { smeDashboard } from '../../../electron/core/strategy/dashboard';
import { WorkshopRepository } from '../../../electron/core/workshops/repository';
import { ProcessRepository } from '../../../electron/core/processes/repository';
import { SmeRepository } from '../../../electron/core/smes/repository';
import { localDay } from '../../../electron/api/local-time';
import { StrategyRepository } from '../../../electron/core/strategy/repository';
import { coreForEachTest } from '../../helpers/core';
import { pdfText, squash } from '../../helpers/pdf-text';

const cores = coreForEachTest();
const call = cores.call;

const structureDir = path.join(__dirname, '../../../content/structure');
const readJson = <T>(file: string) => JSON.parse(fs.readFileSync(path.join(structureDir, file), 'utf8')) as T;
interface Field { id: string; type: string; columns?: { id: string }[] }
const worksheetsOf = (n: number) => readJson<{ worksheets: string[] }>(`workshops/w${n}.json`).worksheets;
const fieldsOf = (id: string) => readJson<{ fields: Field[] }>(`worksheets/${id}.json`).fields;

/** The example loaded through the real core, as the "Load example" button does. */
async function loaded() {
  cores.start();
  const { smeId, processId } = await call('examples.load', {});
  const process = await call('processes.get', { id: processId });
  const workshops = await Promise.all(process.workshops.map((w) => call('workshops.get', { id: w.id })));
  return { smeId, processId, process, workshops };
}

/** Repositories on the test core's database, to load the example on a chosen day. */
function repositories() {
  const core = cores.get();
  const structure = () => core.library.getStructure();
  const processes = new ProcessRepository(core.db!);
  const transaction = <T>(fn: () => T): T => core.db!.transaction(fn)();
  return {
    db: core.db!, structure, crosswalk: () => core.library.crosswalk('en').crosswalk, smes: new SmeRepository(core.db!), processes,
    workshops: new WorkshopRepository(core.db!, structure), strategies: new StrategyRepository(core.db!, structure), transaction,
  };
}

describe('the example case file', () => {
  it('is a fictional small bakery, recognisable as the example, with its contacts', async () => {
    const { smeId, process } = await loaded();
    const sme = await call('smes.get', { id: smeId });
    expect(sme.name).toMatch(/^Example: /);
    expect(sme).toMatchObject({ country: 'LT', employees: 28, sizeClass: 'small' });
    expect(sme.contacts.length).toBeGreaterThanOrEqual(3);
    expect(process).toMatchObject({ smeId, language: 'en', status: 'running' });
    expect(process.title).toMatch(/^Example: /);
    expect(process.facilitator).not.toBe('');
  });

  it('has six workshops held in order between the start and today, each with participants, notes, decisions and homework', async () => {
    const { process, workshops } = await loaded();
    const today = localDay(new Date());
    const dates = workshops.map((w) => w.plannedAt!.slice(0, 10));
    expect(workshops.map((w) => w.status)).toEqual(Array(6).fill('held'));
    expect(dates[0]! > process.startDate).toBe(true);
    expect(dates[5]! < today).toBe(true);
    expect([...dates].sort()).toEqual(dates);
    // The rhythm of the guides (rules.json): every gap within the allowed weeks, the whole process within its maximum.
    const daysBetween = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;
    for (let i = 1; i < 6; i++) expect(keepsRhythm(daysBetween(dates[i - 1]!, dates[i]!)), `workshop ${i} to ${i + 1}`).toBe(true);
    expect(Math.round(daysBetween(dates[0]!, dates[5]!) / 7)).toBeLessThanOrEqual(RULES.processWeeksMax);
    for (const w of workshops) {
      expect(w.place && w.notes && w.decisions).toBeTruthy();
      expect(w.durationMinutes).toBeGreaterThan(0);
      expect(w.participants.some((p) => p.attended)).toBe(true);
      expect(w.homework.length).toBeGreaterThan(0);
    }
    const everyone = workshops.flatMap((w) => w.participants);
    expect(everyone.filter((p) => p.contactId === null)).toHaveLength(1);
    expect(everyone.some((p) => p.invited && !p.attended)).toBe(true);
    const homework = workshops.flatMap((w) => w.homework);
    expect(homework.some((h) => h.done) && homework.some((h) => !h.done)).toBe(true);
    expect(workshops[2]!.agenda.some((a) => a.blockId === null && a.actualMinutes !== null)).toBe(true);
  });

  it('answers every field of every worksheet of each workshop, every column of every table row', async () => {
    const { workshops } = await loaded();
    for (const w of workshops) {
      for (const worksheetId of worksheetsOf(w.number)) {
        for (const field of fieldsOf(worksheetId)) {
          const where = `workshop ${w.number} ${worksheetId} ${field.id}`;
          const value = w.answers[worksheetId]?.[field.id];
          if (field.type !== 'table') {
            expect(value === '' || value === null || value === undefined, where).toBe(false);
            continue;
          }
          expect(Array.isArray(value) && value.length > 0, where).toBe(true);
          for (const row of value as Record<string, unknown>[]) {
            for (const column of field.columns!) expect(row[column.id] === '' || row[column.id] === null || row[column.id] === undefined, `${where}.${column.id}`).toBe(false);
          }
        }
      }
    }
  });

  it('shows the same stakeholders, objectives, activities, learning plan and indicators in the worksheets as in the strategy: one source', async () => {
    const { processId, workshops } = await loaded();
    const s = await call('strategy.get', { processId });
    const typed = (n: number, worksheetId: string, fieldId: string, column: string) =>
      (workshops[n - 1]!.answers[worksheetId]![fieldId] as Record<string, unknown>[]).map((r) => String(r[column]));
    for (const [names, n, worksheetId, fieldId, column] of [
      [s.stakeholders.map((x) => x.name), 2, 'ws2-stakeholder-map', 'stakeholders', 'name'],
      [s.objectives.map((x) => x.title), 3, 'ws3-objectives', 'objectives', 'objective'],
      [s.activities.map((x) => x.title), 5, 'ws5-action-plan', 'activities', 'activity'],
      [s.activities.filter((x) => x.learning).map((x) => x.learningWhat || x.title), 4, 'ws4-learning-needs', 'needs', 'what'],
      [s.indicators.map((x) => x.name), 5, 'ws5-indicators', 'indicators', 'indicator'],
    ] as const) {
      // Every row the team wrote on the worksheet is a record, and no record is there twice.
      expect(new Set(names).size, worksheetId).toBe(names.length);
      expect(names, worksheetId).toEqual(expect.arrayContaining(typed(n, worksheetId, fieldId, column)));
      // What the worksheet shows (and the minutes print) is the records.
      const shown = answersWithRecords(worksheetId, workshops[n - 1]!.answers[worksheetId]!, s)[fieldId] as Record<string, unknown>[];
      expect(shown.map((r) => r[column]), worksheetId).toEqual(names);
    }
    expect(answersWithRecords('ws3-vision', workshops[2]!.answers['ws3-vision']!, s)['vision']).toBe(s.vision);
  });

  it('has a strategy: two complete self-evaluations showing progress, stakeholders, linked objectives, activities, indicators in every light, reviews', async () => {
    const { processId } = await loaded();
    const today = localDay(new Date());
    const s = await call('strategy.get', { processId });
    expect(s.vision && s.reviewRoutine).toBeTruthy();

    const asked = loadStructure(path.resolve('content')).selfEvaluation.items.length;
    expect(s.evaluations.map((e) => [e.kind, e.result.rated, e.result.total])).toEqual([['baseline', asked, asked], ['end', asked, asked]]);
    expect(s.evaluations[1]!.result.overall!).toBeGreaterThan(s.evaluations[0]!.result.overall!);
    expect(new Set(Object.values(s.evaluations[0]!.scores)).size).toBeGreaterThanOrEqual(4);

    // The eight the strategy was written with and the four more named on the stakeholder map.
    expect(s.stakeholders).toHaveLength(12);
    expect(new Set(s.stakeholders.map((x) => x.group)).size).toBeGreaterThanOrEqual(5);

    expect(new Set(s.objectives.map((o) => o.perspective))).toEqual(new Set(PERSPECTIVES));
    const perspectiveOf = new Map(s.objectives.map((o) => [o.id, o.perspective]));
    const rank = (id: string) => PERSPECTIVES.indexOf(perspectiveOf.get(id)!);
    const links = s.objectives.flatMap((o) => o.leadsTo.map((effect) => [o.id, effect] as const));
    expect(links.length).toBeGreaterThan(0);
    // Causes sit below their effects on the map: learning → processes → stakeholders → business.
    for (const [cause, effect] of links) expect(rank(cause)).toBeGreaterThanOrEqual(rank(effect));

    expect(s.activities.length).toBeGreaterThanOrEqual(10);
    for (const a of s.activities) expect(a.businessBenefit && a.stakeholderBenefit && a.objectiveId).toBeTruthy();
    expect(new Set(s.activities.map((a) => a.kind))).toEqual(new Set(['existing', 'new']));
    expect(s.activities.filter((a) => a.overdue).length).toBeGreaterThanOrEqual(1);
    const learning = s.activities.filter((a) => a.learning);
    expect(learning.length).toBeGreaterThanOrEqual(3);
    for (const a of learning) expect(a.learners && a.learningWhat && a.learningHow).toBeTruthy();

    expect(new Set(s.indicators.map((i) => i.status))).toEqual(new Set(['green', 'amber', 'red']));
    // The rules the guides give (rules.json): objectives, activities and indicators per objective, and a kept indicator.
    expect(s.objectives.length).toBeGreaterThanOrEqual(RULES.objectivesMin);
    expect(s.objectives.length).toBeLessThanOrEqual(RULES.objectivesMax);
    for (const p of PERSPECTIVES) {
      const n = s.objectives.filter((o) => o.perspective === p).length;
      expect(n, p).toBeGreaterThanOrEqual(RULES.objectivesPerPerspectiveMin);
      expect(n, p).toBeLessThanOrEqual(RULES.objectivesPerPerspectiveMax);
    }
    expect(s.activities.length).toBeGreaterThanOrEqual(RULES.activitiesMin);
    expect(s.activities.length).toBeLessThanOrEqual(RULES.activitiesMax);
    for (const o of s.objectives) {
      const n = s.indicators.filter((i) => i.objectiveId === o.id).length;
      expect(n, o.title).toBeGreaterThanOrEqual(RULES.indicatorsPerObjectiveMin);
      expect(n, o.title).toBeLessThanOrEqual(RULES.indicatorsPerObjectiveMax);
    }
    expect(s.indicators.filter((i) => i.direction === 'keep').map((i) => [i.keep, i.status])).toEqual([['at_least', 'green']]);

    // The baseline keeps each participant's own scores, complete, and they differ where the talk is worth having.
    const baseline = s.evaluations[0]!;
    expect(baseline.participants.map((p) => p.name)).toEqual(['Rūta Jankauskienė', 'Tomas Jankauskas', 'Inga Petrauskienė', 'Darius Vaitkus']);
    for (const p of baseline.participants) expect(Object.keys(p.scores)).toHaveLength(asked);
    const items = loadStructure(path.resolve('content')).selfEvaluation.items;
    const spread = spreadOf(items, baseline.participants);
    expect(spread.participants).toBe(4);
    expect(spread.statements[0]!.range).toBe(2);
    expect(spread.statements.filter((x) => x.range > 0).length).toBeGreaterThanOrEqual(10);
    expect(s.evaluations[1]!.participants).toEqual([]);
    for (const i of s.indicators) {
      expect(i.measurements.length).toBeGreaterThanOrEqual(3);
      expect(i.baselineDate && i.targetDate).toBeTruthy();
    }

    expect(s.reviews).toHaveLength(2);
    expect(s.reviews[0]!.nextOn! > today).toBe(true);
    for (const r of s.reviews) expect(r.findings && r.decisions).toBeTruthy();
  });

  it('makes a current dashboard for the SME', async () => {
    const { smeId, processId } = await loaded();
    const d = await call('smes.dashboard', { smeId });
    expect(d.processId).toBe(processId);
    expect(d.scorecard.map((p) => [p.perspective, p.objectives > 0])).toEqual(PERSPECTIVES.map((p) => [p, true]));
    expect(new Set(d.scorecard.map((p) => p.status))).toContain('red');
    expect(d.overdue.length).toBeGreaterThan(0);
    expect(d.nextReview! > localDay(new Date())).toBe(true);
    expect(d.latestEvaluation?.kind).toBe('end');
    expect(d.openHomework).toBeGreaterThan(0);
  });

  it('prints the minutes of workshop 3, the adapted agenda and the Lithuanian names included', async () => {
    const { workshops } = await loaded();
    const pdf = await call('workshops.minutesPdf', { id: workshops[2]!.id });
    const { text } = await pdfText(Buffer.from(pdf.base64, 'base64'));
    for (const expected of ['Example: Šilo duona family bakery', 'Does the plan survive the Christmas season?', 'Rūta Jankauskienė', 'A second person for every key recipe and machine']) {
      expect(text).toContain(squash(expected));
    }
  });

  it('puts its meetings on weekdays, whatever the day it is loaded on', () => {
    for (let day = 26; day <= 32; day++) {
      const c = calendar(new Date(2030, 11, day, 10, 30));
      const meetings = [1, 2, 3, 4, 5, 6].map((n) => c.workshop(n)).concat([...DAYS.reviews, DAYS.nextReview, DAYS.yearlyReview].map((d) => c.meeting(d)));
      for (const m of meetings) expect(new Date(`${m}T12:00`).getDay(), m).not.toBeOneOf([0, 6]);
    }
  });

  it('shows the same lights and passes validation on any day it is loaded on', () => {
    cores.start();
    const repos = repositories();
    // A Sunday at the turn of the year, and a Saturday in midsummer.
    for (const now of [new Date(2030, 11, 29, 23, 50), new Date(2031, 5, 21, 8, 0)]) {
      const { processId } = loadExample(repos, now);
      expect(repos.strategies.get(processId, now).indicators.map((i) => i.status).sort()).toEqual(['amber', 'amber', 'amber', 'green', 'green', 'green', 'green', 'green', 'red']);
      expect(smeDashboard(repos, repos.processes.get(processId).smeId, now).overdue).toHaveLength(2);
      removeExample(repos.db); // loaded once: the next day's load needs it gone
    }
  });

  it('leaves nothing behind when a step fails', async () => {
    cores.start();
    const repos = repositories();
    // The last table written refuses its rows, as a full disk would.
    repos.db.exec("CREATE TEMP TRIGGER refuse_tags BEFORE INSERT ON standard_tags BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    expect(() => loadExample(repos)).toThrow('disk full');
    for (const view of ['all', 'trash'] as const) expect((await call('smes.list', { view })).total).toBe(0);
    expect(cores.get().db!.prepare('SELECT count(*) AS n FROM processes').get()).toEqual({ n: 0 });
  });
});

describe('the example, marked as such', () => {
  it('is loaded once, and removed for good without touching a client’s SME', async () => {
    cores.start();
    const client = await call('smes.create', { name: 'Kepykla Rūta', country: 'LT' });
    const first = await call('examples.load', {});
    expect(first.smeId).toBe(EXAMPLE_SME_ID);
    expect(await call('examples.load', {})).toEqual(first);
    expect((await call('smes.list', { view: 'all' })).total).toBe(2);

    expect(await call('examples.remove', {})).toEqual({ removed: true });
    expect((await call('smes.list', { view: 'all' })).items.map((s) => s.id)).toEqual([client.id]);
    expect((await call('smes.list', { view: 'trash' })).total).toBe(0);
    expect(cores.get().db!.prepare('SELECT count(*) AS n FROM processes').get()).toEqual({ n: 0 });
    expect(await call('examples.remove', {})).toEqual({ removed: false });
    // And it can be loaded again afterwards.
    expect((await call('examples.load', {})).smeId).toBe(EXAMPLE_SME_ID);
  });
});
