import { describe, expect, it } from 'vitest';
import { coreForEachTest } from '../../helpers/core';
import { pdfText } from '../../helpers/pdf-text';
import { openRound, Phone } from './phones';

const cores = coreForEachTest();
const { call } = cores;

async function minutesText(workshopId: string) {
  const pdf = await call('workshops.minutesPdf', { id: workshopId });
  return (await pdfText(Buffer.from(pdf.base64, 'base64'))).text;
}

describe('the minutes of a workshop with votes', () => {
  it('print each closed round: statements by disagreement with mean, spread and counts, dots, comments', async () => {
    const { round, workshopId } = await openRound(cores, { kind: 'self_evaluation', perspective: 'business' });
    const phones = await Promise.all([1, 2, 3].map(() => new Phone(round.url).join()));
    for (const [i, score] of [1, 5, 3].entries()) await phones[i]!.answer('se-business-1', score);
    for (const p of phones) await p.answer('se-business-3', 4);
    expect(await minutesText(workshopId)).not.toContain('Votes from the room'); // an open round is not in the minutes yet
    await call('voting.close', { roundId: round.id });

    const feedback = await call('voting.open', { workshopId, setup: { kind: 'feedback' }, listen: { address: '127.0.0.1', port: 0 } });
    const p = await new Phone(feedback.url).join();
    await p.answer('fb-pace', 2);
    await p.answer('fb-comment', 'Start at nine, not eight.');
    await call('voting.close', { roundId: feedback.id });

    const text = await minutesText(workshopId);
    for (const expected of [
      'Votes from the room', 'Self-evaluation · Phones: 3', 'Statements ordered by disagreement',
      'mean 3.0 · spread 1.6', '1: 1 2: 0 3: 1 4: 0 5: 1', 'mean 4.0 · spread 0.0',
      'Workshop feedback · Phones: 1', 'Pace and length were right.', 'Start at nine, not eight.',
    ]) expect(text).toContain(expected);
    // Ordered by disagreement: the split statement comes before the one all agreed on.
    expect(text.indexOf('mean 3.0 · spread 1.6')).toBeLessThan(text.indexOf('mean 4.0 · spread 0.0'));
  }, 30_000);

  it('are in the workshop language', async () => {
    const { round, process } = await openRound(cores, { kind: 'dots', dots: 2, items: [{ id: 'a', label: 'Μαθητεία' }, { id: 'b', label: 'Λιγότερη συσκευασία' }] });
    await call('processes.update', { id: process.id, data: { title: process.title, language: 'el', facilitator: '', startDate: process.startDate, status: process.status } });
    const phone = await new Phone(round.url).join();
    await phone.answer('b', 2);
    await call('voting.close', { roundId: round.id });
    const text = await minutesText(round.workshopId);
    expect(text).toContain('Ψήφοι από την αίθουσα');
    expect(text).toContain('Λιγότερη συσκευασία: 2 κουκκίδες');
  }, 30_000);
});
