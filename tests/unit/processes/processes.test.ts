import { describe, expect, it } from 'vitest';


import { coreForEachTest } from '../../helpers/core';

const cores = coreForEachTest();
const { call, issues } = cores;

async function setup() {
  cores.start();
  const sme = await call('smes.create', { name: 'Kepykla', country: 'LT', contacts: [{ name: 'Rūta' }, { name: 'Jonas' }] });
  const process = await call('processes.create', { smeId: sme.id, title: 'SR strategy 2027', language: 'lt', startDate: '2027-01-10' });
  return { sme, process, w1: process.workshops[0]! };
}

describe('processes', () => {
  it('are created with their six workshops, in the workshop language chosen', async () => {
    const { process, sme } = await setup();
    expect(process).toMatchObject({ language: 'lt', status: 'planned', startDate: '2027-01-10' });
    expect(process.workshops.map((w) => [w.number, w.status])).toEqual([1, 2, 3, 4, 5, 6].map((n) => [n, 'planned']));
    expect((await call('processes.listForSme', { smeId: sme.id })).map((p) => p.id)).toEqual([process.id]);
  });

  it('refuse an unknown language, a bad date and an unknown SME', async () => {
    const { sme } = await setup();
    expect(await issues('processes.create', { smeId: sme.id, title: 'x', language: 'de', startDate: '2027-13-45' })).toMatchObject({ language: 'invalid_choice', startDate: 'invalid_date' });
    const r = await cores.get().dispatch('processes.create', { smeId: '00000000-0000-4000-8000-000000000000', title: 'x', language: 'en', startDate: '2027-01-01' });
    expect(r).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('workshop records', () => {
  it('cannot be planned or held before the process starts, nor held in the future', async () => {
    const { w1 } = await setup();
    expect(await issues('workshops.update', { id: w1.id, data: { plannedAt: '2027-01-09T09:00' } })).toEqual({ plannedAt: 'before_process_start' });
    expect(await issues('workshops.update', { id: w1.id, data: { status: 'held' } })).toEqual({ plannedAt: 'held_needs_date' });
    expect(await issues('workshops.update', { id: w1.id, data: { plannedAt: '2999-01-01T09:00', status: 'held' } })).toEqual({ status: 'held_in_future' });
    const ok = await call('workshops.update', { id: w1.id, data: { plannedAt: '2027-01-12T09:00', place: 'Bakery office', notes: 'Good start' } });
    expect(ok).toMatchObject({ plannedAt: '2027-01-12T09:00', place: 'Bakery office', notes: 'Good start', status: 'planned' });
  });

  it('records attendance only for invited contacts or ad-hoc participants of this SME', async () => {
    const { w1, sme } = await setup();
    const [ruta, jonas] = sme.contacts;
    const other = await call('smes.create', { name: 'Other', country: 'LV', contacts: [{ name: 'Stranger' }] });
    expect(
      await issues('workshops.setParticipants', {
        id: w1.id,
        participants: [
          { contactId: jonas!.id, name: 'Jonas', invited: false, attended: true },
          { contactId: other.contacts[0]!.id, name: 'Stranger' },
        ],
      }),
    ).toEqual({ 'participants.0.attended': 'attended_not_invited', 'participants.1.contactId': 'unknown_contact' });
    const saved = await call('workshops.setParticipants', {
      id: w1.id,
      participants: [
        { contactId: ruta!.id, name: 'Rūta', invited: true, attended: true },
        { contactId: jonas!.id, name: 'Jonas', invited: true, attended: false },
        { contactId: null, name: 'Guest from the town hall', invited: false, attended: true },
      ],
    });
    expect(saved.participants.map((p) => [p.name, p.invited, p.attended])).toEqual([
      ['Rūta', true, true], ['Jonas', true, false], ['Guest from the town hall', false, true],
    ]);
  });

  it('keeps homework with owner and due date, counting what is open', async () => {
    const { w1, process } = await setup();
    await call('workshops.setHomework', { id: w1.id, items: [{ task: 'List complaints of 2026', owner: 'Rūta', dueDate: '2027-02-01' }, { task: 'Ask staff', done: true }] });
    const again = await call('processes.get', { id: process.id });
    expect(again.workshops[0]!.openHomework).toBe(1);
    expect(again.workshops[0]!.overdueHomework).toBe(0);
  });

  it('flags open homework whose due date has passed as overdue, as it does activities', async () => {
    const { w1, process } = await setup();
    await call('workshops.setHomework', {
      id: w1.id,
      items: [
        { task: 'Late', dueDate: '2020-01-01' },
        { task: 'Late but done', dueDate: '2020-01-01', done: true },
        { task: 'No date' },
        { task: 'Later', dueDate: '2099-01-01' },
      ],
    });
    const again = await call('processes.get', { id: process.id });
    expect([again.workshops[0]!.openHomework, again.workshops[0]!.overdueHomework]).toEqual([3, 1]);
  });
});

describe('worksheet answers', () => {
  it('are stored by worksheet and field id, one field at a time, and read back', async () => {
    const { w1 } = await setup();
    await call('workshops.saveAnswer', { workshopId: w1.id, worksheetId: 'ws1-inventory', fieldId: 'activities', value: [{ activity: 'Free bread for the food bank', stakeholder: 'community' }] });
    await call('workshops.saveAnswer', { workshopId: w1.id, worksheetId: 'ws1-starting-points', fieldId: 'sr-definition', value: 'We take care of our people' });
    await call('workshops.saveAnswer', { workshopId: w1.id, worksheetId: 'ws1-starting-points', fieldId: 'sr-definition', value: 'We take care of our people and town' });
    const record = await call('workshops.get', { id: w1.id });
    expect(record.answers).toEqual({
      'ws1-inventory': { activities: [{ activity: 'Free bread for the food bank', stakeholder: 'community' }] },
      'ws1-starting-points': { 'sr-definition': 'We take care of our people and town' },
    });
  });

  it('refuse worksheets of another workshop, unknown fields, wrong types, unknown choices and impossible dates', async () => {
    const { w1, process } = await setup();
    const save = (worksheetId: string, fieldId: string, value: unknown) => issues('workshops.saveAnswer', { workshopId: w1.id, worksheetId, fieldId, value });
    expect(await save('ws3-vision', 'vision', 'x')).toEqual({ worksheetId: 'unknown_worksheet' });
    expect(await save('ws1-inventory', 'no-such-field', 'x')).toEqual({ fieldId: 'unknown_field' });
    expect(await save('ws1-inventory', 'activities', 'not rows')).toEqual({ value: 'invalid_type' });
    expect(await save('ws1-inventory', 'activities', [{ stakeholder: 'aliens' }])).toEqual({ 'value.0.stakeholder': 'invalid_choice' });
    const w6 = process.workshops[5]!;
    expect(await issues('workshops.saveAnswer', { workshopId: w6.id, worksheetId: 'ws6-review-checklist', fieldId: 'dates', value: [{ meeting: 'Q1', date: '2027-02-29' }] })).toEqual({
      'value.0.date': 'invalid_date',
    });
    const record = await call('workshops.get', { id: w1.id });
    expect(record.answers).toEqual({});
  });
});

describe('upcoming workshops', () => {
  it('lists planned workshops in a period across SMEs, soonest first', async () => {
    const { w1, process } = await setup();
    const w2 = process.workshops[1]!;
    await call('workshops.update', { id: w2.id, data: { plannedAt: '2027-02-03T14:00' } });
    await call('workshops.update', { id: w1.id, data: { plannedAt: '2027-01-20T09:00', place: 'Office' } });
    const list = await call('workshops.upcoming', { from: '2027-01-01', to: '2027-02-01' });
    expect(list).toEqual([expect.objectContaining({ number: 1, smeName: 'Kepykla', place: 'Office' })]);
    expect((await call('workshops.upcoming', { from: '2027-01-01', to: '2027-03-01' })).length).toBe(2);
  });
});

describe('adapted agendas', () => {
  it('keep the blocks reordered, shortened and added, with the minutes actually used', async () => {
    const { w1 } = await setup();
    const saved = await call('workshops.setAgenda', {
      id: w1.id,
      items: [
        { blockId: 'w1-welcome', plannedMinutes: 10, actualMinutes: 12 },
        { blockId: null, title: 'Tour of the bakery', plannedMinutes: 20, actualMinutes: 25 },
        { blockId: 'w1-inventory', plannedMinutes: 35 },
      ],
    });
    expect(saved.agenda).toEqual([
      { blockId: 'w1-welcome', title: '', plannedMinutes: 10, actualMinutes: 12 },
      { blockId: null, title: 'Tour of the bakery', plannedMinutes: 20, actualMinutes: 25 },
      { blockId: 'w1-inventory', title: '', plannedMinutes: 35, actualMinutes: null },
    ]);
  });

  it('refuse blocks of another workshop and added blocks without a title', async () => {
    const { w1 } = await setup();
    expect(await issues('workshops.setAgenda', { id: w1.id, items: [{ blockId: 'w3-vision', plannedMinutes: 10 }] })).toEqual({ 'items.0.blockId': 'unknown_block' });
    expect(await issues('workshops.setAgenda', { id: w1.id, items: [{ blockId: null, plannedMinutes: 10 }] })).toEqual({ 'items.0.title': 'required' });
    expect((await call('workshops.get', { id: w1.id })).agenda).toEqual([]);
  });
});
