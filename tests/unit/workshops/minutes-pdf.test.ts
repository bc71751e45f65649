import type { Language } from '../../../electron/api/languages';
import { describe, expect, it } from 'vitest';

import { coreForEachTest } from '../../helpers/core';
import { pdfText } from '../../helpers/pdf-text';

const cores = coreForEachTest();
const call = cores.call;

async function heldWorkshop(language: Language) {
  cores.start();
  await call('settings.update', { facilitatorName: 'Ieva Ozola', organisation: 'Baltic SME Academy' });
  const sme = await call('smes.create', { name: 'Šiaulių duona', country: 'LT', contacts: [{ name: 'Rūta Petrauskienė', role: 'Owner' }, { name: 'Jonas Kazlauskas' }] });
  const process = await call('processes.create', { smeId: sme.id, title: 'SR 2026', language, startDate: '2026-01-05' });
  const w1 = process.workshops[0]!.id;
  await call('workshops.update', { id: w1, data: { plannedAt: '2026-01-12T09:00', place: 'Bakery office', status: 'held', decisions: 'Start a mentoring scheme for new bakers.' } });
  await call('workshops.setParticipants', {
    id: w1,
    participants: [
      { contactId: sme.contacts[0]!.id, name: 'Rūta Petrauskienė', role: 'Owner', invited: true, attended: true },
      { contactId: sme.contacts[1]!.id, name: 'Jonas Kazlauskas', invited: true, attended: false },
    ],
  });
  await call('workshops.saveAnswer', { workshopId: w1, worksheetId: 'ws1-starting-points', fieldId: 'sr-definition', value: 'Good bread, fair work, a living town.' });
  await call('workshops.saveAnswer', { workshopId: w1, worksheetId: 'ws1-inventory', fieldId: 'activities', value: [{ activity: 'Bread for the food bank', stakeholder: 'community', effect: 4 }] });
  await call('workshops.setHomework', { id: w1, items: [{ task: 'Collect last year’s complaints', owner: 'Jonas', dueDate: '2026-02-01' }] });
  return w1;
}

describe('workshop minutes PDF', () => {
  it('holds the SME, date, place, participants with attendance, answers, decisions and homework', async () => {
    const w1 = await heldWorkshop('en');
    const pdf = await call('workshops.minutesPdf', { id: w1 });
    expect(pdf.fileName).toBe('Minutes - Šiaulių duona - Workshop 1 SR and this company 2026-01-12.pdf');
    const { text } = await pdfText(Buffer.from(pdf.base64, 'base64'));
    for (const expected of [
      'MINUTES · 6X3 FOR SR', 'Workshop 1: SR and this company', 'SME: Šiaulių duona', 'Place: Bakery office', 'Facilitator: Ieva Ozola', 'Organisation: Baltic SME Academy',
      'Rūta Petrauskienė (Owner) – present', 'Jonas Kazlauskas – absent', 'Good bread, fair work, a living town.', 'Bread for the food bank',
      'Bread for the food bank Community 4', 'Start a mentoring scheme for new bakers.', 'Collect last year’s complaints · Who: Jonas · By: 2026-02-01', '0:00–0:10',
    ]) expect(text).toContain(expected);
  }, 30_000);

  it('shows the agenda as it was held, with the minutes used and the planned ones where they differ', async () => {
    const w1 = await heldWorkshop('en');
    await call('workshops.setAgenda', {
      id: w1,
      items: [
        { blockId: 'w1-welcome', plannedMinutes: 15, actualMinutes: 20 },
        { blockId: null, title: 'Tour of the bakery', plannedMinutes: 30, actualMinutes: 30 },
        { blockId: 'w1-close', plannedMinutes: 10, actualMinutes: 0 },
      ],
    });
    const pdf = await call('workshops.minutesPdf', { id: w1 });
    const { text } = await pdfText(Buffer.from(pdf.base64, 'base64'));
    expect(text).toContain('0:00–0:20 20 min (planned 15) Welcome and the aim of the process 0:20–0:50 30 min Tour of the bakery — not held (planned 10) Homework and next steps');
    expect(text).not.toContain('Baseline self-evaluation');
  }, 30_000);

  it('is captioned in the workshop language, not the interface language', async () => {
    const w1 = await heldWorkshop('lt');
    const pdf = await call('workshops.minutesPdf', { id: w1 });
    const { text } = await pdfText(Buffer.from(pdf.base64, 'base64'));
    for (const expected of ['PROTOKOLAS', 'Dalyviai', 'Rūta Petrauskienė (Owner) – dalyvavo', 'Jonas Kazlauskas – nedalyvavo', 'Sprendimai', 'Namų darbai', 'Moderatorius: Ieva Ozola']) {
      expect(text).toContain(expected);
    }
  }, 30_000);

  it('never print the facilitator’s private notes, and print the notes written for the minutes', async () => {
    const w1 = await heldWorkshop('en');
    await call('workshops.update', {
      id: w1,
      data: { plannedAt: '2026-01-12T09:00', place: 'Bakery office', status: 'held', notes: 'Tomas sceptical at first; keep an eye on him.', minutesNotes: 'The team chose staff turnover as the first starting point.' },
    });
    const { text } = await pdfText(Buffer.from((await call('workshops.minutesPdf', { id: w1 })).base64, 'base64'));
    expect(text).toContain('The team chose staff turnover as the first starting point.');
    expect(text).not.toContain('Tomas sceptical');
    expect(text).not.toContain('keep an eye');
    // An update that does not name the minutes notes (an older caller) leaves them as they are.
    await call('workshops.update', { id: w1, data: { plannedAt: '2026-01-12T09:00', place: 'Bakery office', status: 'held', notes: '' } });
    expect((await call('workshops.get', { id: w1 })).minutesNotes).toBe('The team chose staff turnover as the first starting point.');
  }, 30_000);

  it('print attendance as it was ticked: someone invited who is not a contact did not join on the day', async () => {
    const w1 = await heldWorkshop('en');
    await call('workshops.setParticipants', {
      id: w1,
      participants: [
        { contactId: null, name: 'Gintarė Stankutė', role: 'Staff representative', invited: true, attended: true },
        { contactId: null, name: 'Mantas Jonaitis', invited: false, attended: true },
        { contactId: null, name: 'Eglė Kairytė', invited: true, attended: false },
      ],
    });
    const { text } = await pdfText(Buffer.from((await call('workshops.minutesPdf', { id: w1 })).base64, 'base64'));
    expect(text).toContain('Gintarė Stankutė (Staff representative) – present •');
    expect(text).toContain('Mantas Jonaitis – present, joined on the day');
    expect(text).toContain('Eglė Kairytė – absent');
    expect(text).not.toContain('Stankutė (Staff representative) – present, joined');
  }, 30_000);
});
