import { describe, expect, it } from 'vitest';
import { rowsNotInRecords } from '../../../electron/api/shared-records';
import type { StrategyRecord } from '../../../electron/api/strategy';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { openDatabase } from '../../../electron/core/db/open';
import { coreForEachTest } from '../../helpers/core';
import { pdfText } from '../../helpers/pdf-text';
import { databaseBefore } from '../../helpers/old-database';

const cores = coreForEachTest();
const call = cores.call;

const answer = (workshop: string, worksheet: string, field: string, value: unknown) =>
  `INSERT INTO worksheet_answers (workshop_id, worksheet_id, field_id, value, updated_at) VALUES ('${workshop}', '${worksheet}', '${field}', '${JSON.stringify(value).replace(/'/g, "''")}', 'then');`;

describe('one record for what the worksheets and the strategy share', () => {
  it('migration 0140 carries worksheet answers into the records: duplicates merged by name, the rest kept, the answers left as typed', () => {
    const file = databaseBefore(140, `INSERT INTO workshops (id, process_id, number, status, updated_at) VALUES ('w2', 'p', 2, 'held', 'now'), ('w3', 'p', 3, 'held', 'now'), ('w5', 'p', 5, 'held', 'now');
      INSERT INTO strategies (process_id, vision, updated_at) VALUES ('p', '', 'now');
      INSERT INTO stakeholders (id, process_id, position, grp, name, influence, impact, expectations, relationship) VALUES ('k1', 'p', 0, 'employees', 'Night bakers', 4, 5, '', 3);
      INSERT INTO objectives (id, process_id, position, perspective, title, description) VALUES ('o1', 'p', 0, 'learning', 'Two people for every key task', 'Already written');
      ${answer('w2', 'ws2-stakeholder-map', 'stakeholders', [
        { group: 'employees', name: '  night BAKERS ', influence: 2, impact: 2, expectations: 'Shifts planned ahead', relationship: 1 },
        { group: 'community', name: 'Food bank', influence: 1, impact: 3, expectations: 'Fixed pick-up days', relationship: 4 },
        { group: null, name: '', influence: null, impact: null, expectations: '', relationship: null },
      ])}
      ${answer('w2', 'ws2-stakeholder-map', 'observations', 'The bakers matter most.')}
      ${answer('w3', 'ws3-vision', 'vision', 'Good bread, learned together.')}
      ${answer('w3', 'ws3-objectives', 'objectives', [
        { code: 'L1', perspective: 'learning', objective: 'Two people for every key task', why: 'Knowledge sits with one baker' },
        { code: 'S1', perspective: 'stakeholders', objective: 'Deliveries on time', why: 'Cafés complain' },
      ])}
      ${answer('w5', 'ws5-action-plan', 'activities', [
        { code: 'A1', activity: 'Rye mentoring', objective: 'L1', kind: 'expanded', owner: 'Darius', start: '2027-03-01', due: '2027-09-30', resources: '2 h a week', 'business-benefit': 'Less risk', 'stakeholder-benefit': 'Skills', learning: 'yes' },
        { code: 'A2', activity: 'Route check', objective: 'Deliveries on time', kind: 'new', owner: '', start: 'soon', due: '', resources: '', 'business-benefit': '', 'stakeholder-benefit': '', learning: 'no' },
      ])}`);

    const db = openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version <= 140) });
    const all = (sql: string) => db.prepare(sql).all();
    // The map's "night BAKERS" is the stakeholder already there: it fills only what was empty.
    expect(all('SELECT grp, name, influence, impact, expectations, relationship FROM stakeholders ORDER BY position')).toEqual([
      { grp: 'employees', name: 'Night bakers', influence: 4, impact: 5, expectations: 'Shifts planned ahead', relationship: 3 },
      { grp: 'community', name: 'Food bank', influence: 1, impact: 3, expectations: 'Fixed pick-up days', relationship: 4 },
    ]);
    expect(all('SELECT perspective, title, description FROM objectives ORDER BY position')).toEqual([
      { perspective: 'learning', title: 'Two people for every key task', description: 'Already written' },
      { perspective: 'stakeholders', title: 'Deliveries on time', description: 'Cafés complain' },
    ]);
    // The action plan names objectives by the code of the objectives worksheet or by title; a date that is not one is left out.
    expect(all(`SELECT a.title, o.title AS objective, a.kind, a.owner, a.start_date, a.due_date, a.status, a.business_benefit, a.learning
                FROM activities a LEFT JOIN objectives o ON o.id = a.objective_id ORDER BY a.position`)).toEqual([
      { title: 'Rye mentoring', objective: 'Two people for every key task', kind: 'existing', owner: 'Darius', start_date: '2027-03-01', due_date: '2027-09-30', status: 'planned', business_benefit: 'Less risk', learning: 1 },
      { title: 'Route check', objective: 'Deliveries on time', kind: 'new', owner: '', start_date: null, due_date: null, status: 'planned', business_benefit: '', learning: 0 },
    ]);
    expect(db.prepare("SELECT vision FROM strategies WHERE process_id = 'p'").get()).toEqual({ vision: 'Good bread, learned together.' });
    // Nothing lost: the answers (with columns the records have no place for, like resources) are still stored as typed.
    expect(db.prepare('SELECT count(*) AS n FROM worksheet_answers').get()).toEqual({ n: 5 });
    db.close();
  });

  it('migration 0160 carries learning needs and indicators into the records, merged by name, and leaves a row an indicator cannot hold on the worksheet', () => {
    const file = databaseBefore(160, `INSERT INTO workshops (id, process_id, number, status, updated_at) VALUES ('w2', 'p', 2, 'held', 'now'), ('w3', 'p', 3, 'held', 'now'), ('w4', 'p', 4, 'held', 'now'), ('w5', 'p', 5, 'held', 'now');
      INSERT INTO strategies (process_id, vision, updated_at) VALUES ('p', '', 'now');
      INSERT INTO objectives (id, process_id, position, perspective, title, description) VALUES ('o1', 'p', 0, 'learning', 'Two people for every key task', ''),
        ('o2', 'p', 1, 'stakeholders', 'Deliveries on time', '');
      INSERT INTO activities (id, process_id, position, objective_id, title, kind, status) VALUES ('a1', 'p', 0, 'o1', 'Rye mentoring', 'new', 'planned');
      INSERT INTO indicators (id, process_id, position, objective_id, name, unit, direction, baseline, target) VALUES ('i1', 'p', 0, 'o2', 'Complaints per month', '', 'down', 14, 6);
      INSERT INTO indicators (id, process_id, position, objective_id, name, unit, direction, baseline, baseline_date, target) VALUES ('i0', 'p', 1, 'o1', 'Recipes on cards', 'recipes', 'up', 3, '2027-08-01', 20);
      ${answer('w2', 'ws2-stakeholder-map', 'stakeholders', [{ group: 'community', name: 'Food bank (deleted from the strategy since)', influence: 1, impact: 3, expectations: '', relationship: 4 }])}
      ${answer('w3', 'ws3-objectives', 'objectives', [{ code: 'L1', perspective: 'learning', objective: 'Two people for every key task', why: '' }])}
      ${answer('w4', 'ws4-learning-needs', 'needs', [
        { who: 'Mantas and Eglė', what: ' rye MENTORING', why: 'L1', source: 'key-person-risk', how: 'mentoring', urgency: 'now' },
        { who: 'Drivers', what: 'Calling ahead when a delivery is late', why: 'L1: fewer angry cafés', source: 'objective', how: 'peer-learning', urgency: 'now' },
        { who: null, what: '', why: '', source: null, how: null, urgency: null },
      ])}
      ${answer('w5', 'ws5-indicators', 'indicators', [
        { indicator: 'complaints per MONTH', objective: 'S2', unit: 'complaints', direction: 'decrease', baseline: 14, target: 6, 'target-date': '2027-06-30' },
        { indicator: 'Recipes on cards', objective: 'L1', unit: 'cards', direction: 'increase', baseline: 3, target: 20, 'target-date': '2027-06-30' },
        { indicator: 'Key tasks two people can do', objective: 'L1', unit: '%', direction: 'increase', baseline: 25, target: 75, 'target-date': '2027-09-30' },
        { indicator: 'Deliveries before 7:00', objective: 'Deliveries on time', unit: '%', direction: 'keep', baseline: 96, target: 95, 'target-date': '' },
        { indicator: 'Café orders', objective: 'More cafés', unit: 'orders', direction: 'increase', baseline: 10, target: 14, 'target-date': '' },
        { indicator: 'Newcomers who stay', objective: 'L1', unit: 'people', direction: 'increase', baseline: null, target: 5, 'target-date': '' },
      ])}`);

    const db = openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version <= 160) });
    const all = (sql: string) => db.prepare(sql).all();
    // The need for the activity already planned marks it as learning; the other need is a new learning activity.
    expect(all(`SELECT a.title, o.title AS objective, a.learning, a.learners, a.learning_what, a.learning_how, a.business_benefit, a.status
                FROM activities a LEFT JOIN objectives o ON o.id = a.objective_id ORDER BY a.position`)).toEqual([
      { title: 'Rye mentoring', objective: 'Two people for every key task', learning: 1, learners: 'Mantas and Eglė', learning_what: 'rye MENTORING', learning_how: 'mentoring', business_benefit: '', status: 'planned' },
      { title: 'Calling ahead when a delivery is late', objective: 'Two people for every key task', learning: 1, learners: 'Drivers', learning_what: 'Calling ahead when a delivery is late', learning_how: 'peer', business_benefit: 'L1: fewer angry cafés', status: 'planned' },
    ]);
    // Indicators: merged by name (filling only what was empty), new ones under the objective named by code or title;
    // one without a known objective or a baseline is not invented.
    expect(all(`SELECT i.name, o.title AS objective, i.unit, i.direction, i.keep, i.baseline, i.target, i.target_date
                FROM indicators i JOIN objectives o ON o.id = i.objective_id ORDER BY i.position`)).toEqual([
      { name: 'Complaints per month', objective: 'Deliveries on time', unit: 'complaints', direction: 'down', keep: null, baseline: 14, target: 6, target_date: '2027-06-30' },
      // A target date before the record's baseline date would break the one date rule: not taken.
      { name: 'Recipes on cards', objective: 'Two people for every key task', unit: 'recipes', direction: 'up', keep: null, baseline: 3, target: 20, target_date: null },
      { name: 'Key tasks two people can do', objective: 'Two people for every key task', unit: '%', direction: 'up', keep: null, baseline: 25, target: 75, target_date: '2027-09-30' },
      { name: 'Deliveries before 7:00', objective: 'Deliveries on time', unit: '%', direction: 'keep', keep: 'at_least', baseline: 96, target: 95, target_date: null },
    ]);
    // Only the two newly shared worksheets are carried: a stakeholder deleted since migration 0140 stays deleted.
    expect(all('SELECT name FROM stakeholders')).toEqual([]);
    // Nothing lost: the answers are stored as typed, and the worksheet lists the rows that are not records.
    const typed = JSON.parse((db.prepare(`SELECT value FROM worksheet_answers WHERE worksheet_id = 'ws5-indicators'`).get() as { value: string }).value);
    const strategy = { indicators: all('SELECT name FROM indicators') } as unknown as StrategyRecord;
    expect(rowsNotInRecords('indicators', typed, strategy)).toEqual(['Café orders', 'Newcomers who stay']);
    expect(db.prepare('SELECT count(*) AS n FROM worksheet_answers').get()).toEqual({ n: 4 });
    db.close();
  });

  it('the minutes print the strategy records in the stakeholder map’s place, as they are now', async () => {
    cores.start();
    const sme = await call('smes.create', { name: 'Šiaulių duona', country: 'LT' });
    const process = await call('processes.create', { smeId: sme.id, title: 'SR 2026', language: 'en', startDate: '2026-01-05' });
    const w2 = process.workshops[1]!.id;
    await call('workshops.update', { id: w2, data: { plannedAt: '2026-02-09T09:00', place: 'Bakery office', status: 'held' } });
    await call('stakeholders.save', {
      processId: process.id,
      data: { group: 'community', name: 'Kėdainiai food bank', influence: 1, impact: 3, expectations: 'Fixed pick-up days', relationship: 4 },
    });
    const { text } = await pdfText(Buffer.from((await call('workshops.minutesPdf', { id: w2 })).base64, 'base64'));
    expect(text).toContain('Kėdainiai food bank');
    expect(text).toContain('Fixed pick-up days');
  }, 30_000);
});
