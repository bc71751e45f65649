import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Request } from '../../../electron/api/contract';
import type { Language } from '../../../electron/api/languages';
import { loadStructure } from '../../../electron/core/library/load';
import { coreForEachTest } from '../../helpers/core';
import { pdfText } from '../../helpers/pdf-text';

/** The statements of the self-evaluation edition asked today. */
const ASKED = loadStructure(path.resolve('content')).selfEvaluation.items.length;

const cores = coreForEachTest();
const call = cores.call;

interface PdfFile {
  fileName: string;
  base64: string;
}

/** A bakery two years into its strategy: every part of the reports has something to show. */
async function bakery(language: Language = 'en') {
  cores.start();
  await call('settings.update', { facilitatorName: 'Ieva Ozola', organisation: 'Baltic SME Academy' });
  const sme = await call('smes.create', { name: 'Šiaulių duona', country: 'LT', city: 'Šiauliai', sector: 'C', employees: 23 });
  const { id: processId } = await call('processes.create', { smeId: sme.id, title: 'SR 2025', language, startDate: '2025-01-10' });
  await call('strategy.update', { processId, data: { vision: 'The bakery the town is proud of.', reviewRoutine: 'The owner and two bakers meet every quarter.' } });

  let s = await call('evaluations.create', { processId, data: { kind: 'baseline', takenOn: '2025-01-20' } });
  const first = s.evaluations[0]!.id;
  for (const [item, score] of [['se-business-1', 2], ['se-business-3', 3], ['se-learning-1', 2]] as const) await call('evaluations.setScore', { id: first, itemId: item, score });
  s = await call('evaluations.create', { processId, data: { kind: 'end', takenOn: '2025-12-10' } });
  const second = s.evaluations[1]!.id;
  for (const [item, score] of [['se-business-1', 4], ['se-business-3', 4], ['se-learning-1', 5]] as const) await call('evaluations.setScore', { id: second, itemId: item, score });

  await call('stakeholders.save', { processId, data: { group: 'customers', name: 'Families of the town', influence: 4, impact: 3, expectations: 'Fresh bread every morning', relationship: 4 } });
  await call('stakeholders.save', { processId, data: { group: 'employees', name: 'Apprentice bakers', influence: 2, impact: 5, relationship: 3 } });

  s = await call('objectives.save', { processId, data: { perspective: 'business', title: 'More regular customers' } });
  const customers = s.objectives[0]!.id;
  s = await call('objectives.save', { processId, data: { perspective: 'processes', title: 'Less bread thrown away', leadsTo: [customers] } });
  const waste = s.objectives[1]!.id;
  s = await call('objectives.save', { processId, data: { perspective: 'learning', title: 'Staff bake sourdough', description: 'Every baker can make the sourdough range alone.', leadsTo: [waste] } });
  const skills = s.objectives[2]!.id;

  await call('activities.save', { processId, data: { objectiveId: skills, title: 'Mentoring by the head baker', owner: 'Rūta', startDate: '2025-02-01', dueDate: '2025-06-30', status: 'done', cost: 1200, businessBenefit: 'Fewer failed batches', stakeholderBenefit: 'Apprentices gain a trade', learning: true, learners: 'Two apprentices', learningWhat: 'Sourdough from start to finish', learningHow: 'mentoring' } });
  await call('activities.save', { processId, data: { objectiveId: waste, title: 'Give unsold bread to the food bank', owner: 'Jonas', dueDate: '2025-03-01', status: 'running' } });
  await call('activities.save', { processId, data: { objectiveId: customers, title: 'Loyalty card for families', dueDate: '2099-05-01' } });

  s = await call('indicators.save', { processId, data: { objectiveId: waste, name: 'Loaves thrown away per week', unit: 'loaves', direction: 'down', baseline: 120, baselineDate: '2025-01-01', target: 40, targetDate: '2099-12-31' } });
  const thrown = s.indicators[0]!.id;
  await call('measurements.save', { indicatorId: thrown, data: { measuredOn: '2025-04-01', value: 100 } });
  await call('measurements.save', { indicatorId: thrown, data: { measuredOn: '2025-09-01', value: 30 } });
  s = await call('indicators.save', { processId, data: { objectiveId: customers, name: 'Loyalty cards issued', direction: 'up', baseline: 0, target: 300, targetDate: '2025-06-30' } });
  await call('measurements.save', { indicatorId: s.indicators[1]!.id, data: { measuredOn: '2025-05-01', value: 50 } });
  await call('indicators.save', { processId, data: { objectiveId: skills, name: 'Bakers trained', direction: 'up', baseline: 0, target: 4 } });

  await call('reviews.save', { processId, data: { heldOn: '2025-10-01', findings: 'Waste fell faster than hoped.', decisions: 'Keep the food bank deliveries.', nextOn: '2099-01-15' } });
  return processId;
}

async function text<C extends 'strategy.pdf' | 'strategy.progressPdf' | 'strategy.summaryPdf'>(channel: C, payload: Request<C>) {
  const pdf: PdfFile = await call(channel, payload);
  return { fileName: pdf.fileName, ...(await pdfText(Buffer.from(pdf.base64, 'base64'))) };
}

describe('the strategy PDF', () => {
  it('holds the profile, vision, stakeholders, strategy map, objectives, plans, indicators with their lights, self-evaluation scores and reviews', async () => {
    const processId = await bakery();
    const pdf = await text('strategy.pdf', { processId });
    expect(pdf.fileName).toBe('Social responsibility strategy - Šiaulių duona - SR 2025.pdf');
    for (const expected of [
      'Company profile', 'Lithuania', 'Manufacturing', '23 employees, Small enterprise', 'Facilitator Ieva Ozola', 'Organisation Baltic SME Academy',
      'Vision The bakery the town is proud of.',
      'Stakeholder map', 'Influence', 'Impact', 'Customers Families of the town 4 3 Fresh bread every morning 4', 'Employees Apprentice bakers 2 5 — 3',
      'Strategy map', 'Business results', 'Learning and growth',
      'Objectives', 'Staff bake sourdough', 'Every baker can make the sourdough range alone.', 'Supports: Less bread thrown away',
      'Action plan', 'Mentoring by the head baker', 'Done · New', 'Objective: Staff bake sourdough · Activity lead: Rūta', 'Cost: €1,200.00',
      'BENEFIT FOR THE BUSINESS', 'Fewer failed batches', 'BENEFIT FOR STAKEHOLDERS', 'Apprentices gain a trade', 'Give unsold bread to the food bank', 'Under way · New · late',
      'Learning plan', 'Two apprentices Sourdough from start to finish Mentoring',
      'Indicators', 'Loaves thrown away per week', 'lower is better', '120 loaves', '30 loaves', 'On track', 'Loyalty cards issued', 'Off track', 'Bakers trained', 'Not measured yet',
      'Self-evaluation', 'Baseline Jan 20, 2025', 'End of cycle Dec 10, 2025', 'Business results 2.5 4.0', 'Learning and growth 2.0 5.0', 'Overall 2.3 4.3', `Statements rated 3 / ${ASKED} 3 / ${ASKED}`,
      'Review routine The owner and two bakers meet every quarter.', 'Held on: Oct 1, 2025', 'Waste fell faster than hoped.', 'Keep the food bank deliveries.', 'Next review: Jan 15, 2099',
    ]) expect(pdf.text).toContain(expected);
    // The strategy map's box, the list of objectives and the activity's objective: the map adds the third.
    expect(pdf.text.split('Staff bake sourdough').length - 1).toBe(3);
    expect(pdf.text).not.toContain('→');
  }, 60_000);

  it('states a kept indicator\'s level, the participants\' spread widest first, and compares two editions on their shared statements only', async () => {
    const processId = await bakery();
    let s = await call('strategy.get', { processId });
    const customers = s.objectives.find((o) => o.title === 'More regular customers')!.id;
    s = await call('indicators.save', { processId, data: { objectiveId: customers, name: 'Customer satisfaction score', unit: 'points', direction: 'keep', keep: 'at_least', baseline: 4.6, target: 4.5, targetDate: '2099-12-31' } });
    await call('measurements.save', { indicatorId: s.indicators.at(-1)!.id, data: { measuredOn: '2025-06-30', value: 4.7 } });
    s = await call('indicators.save', { processId, data: { objectiveId: customers, name: 'Cold room temperature', unit: '°C', direction: 'keep', keep: 'within', baseline: 3, target: 2, targetHigh: 4 } });
    const [baseline, end] = [s.evaluations[0]!, s.evaluations[1]!];
    for (const [name, scores] of [['Rūta', [1, 4]], ['', [5, 4]]] as const) {
      s = await call('evaluations.saveParticipant', { evaluationId: end.id, data: { name } });
      const p = s.evaluations[1]!.participants.at(-1)!;
      await call('evaluations.setParticipantScore', { id: p.id, itemId: 'se-business-1', score: scores[0] });
      await call('evaluations.setParticipantScore', { id: p.id, itemId: 'se-business-3', score: scores[1] });
    }
    // The baseline was made before editions: the first edition.
    cores.get().db!.prepare('UPDATE self_evaluations SET edition = 1 WHERE id = ?').run(baseline.id);
    const shared = loadStructure(path.resolve('content')).selfEvaluation.items.filter((i) => i.editions.includes(1)).length;

    const pdf = await text('strategy.pdf', { processId });
    for (const expected of [
      'Customer satisfaction score', 'kept at a level', 'at least 4.5 points', '4.7 points',
      'Cold room temperature', 'between 2 °C and 4 °C',
      `Edition 1 and edition 2 of the statements are compared only on the ${shared} statements both share.`,
      'Individual scores: End of cycle Dec 10, 2025', 'Participants who scored on their own: 2.',
      'Where the participants differ most (widest first)',
    ]) expect(pdf.text).toContain(expected);
    // The statement they differ on most (1 against 5) comes first; the one they agree on is not listed.
    const statements = (await call('library.statements', { language: 'en' })).statements;
    const wide = statements.find((x) => x.id === 'se-business-1')!.text;
    const agreed = statements.find((x) => x.id === 'se-business-3')!.text;
    expect(pdf.text.replace(/\s+/g, ' ')).toContain(`1. ${wide.slice(0, 40)}`);
    expect(pdf.text.replace(/\s+/g, ' ')).not.toContain(`2. ${agreed.slice(0, 40)}`);
  }, 60_000);

  it('is captioned in the process language', async () => {
    const processId = await bakery('el');
    const pdf = await text('strategy.pdf', { processId });
    expect(pdf.fileName).toBe('Στρατηγική κοινωνικής ευθύνης - Šiaulių duona - SR 2025.pdf');
    for (const expected of ['Προφίλ της επιχείρησης', 'Όραμα', 'Χάρτης ενδιαφερόμενων μερών', 'Στρατηγικός χάρτης', 'Σχέδιο δράσης', 'Σχέδιο μάθησης', 'Δείκτες', 'Εντός πορείας', 'Εκτός πορείας', 'Αυτοαξιολόγηση', 'Ανασκοπήσεις', 'Επιχειρηματικά αποτελέσματα', 'Staff bake sourdough']) {
      expect(pdf.text).toContain(expected);
    }
    expect(pdf.text).not.toContain('Action plan');
  }, 60_000);

  it('says so where there is nothing yet, rather than failing', async () => {
    cores.start();
    const sme = await call('smes.create', { name: 'Empty Ltd', country: 'LV' });
    const { id: processId } = await call('processes.create', { smeId: sme.id, title: 'SR 2026', language: 'en', startDate: '2026-01-10' });
    const pdf = await text('strategy.pdf', { processId });
    for (const expected of ['No vision has been written yet.', 'No stakeholders have been listed yet.', 'No objectives have been set yet.', 'No activities have been planned yet.', 'No learning activities have been planned yet.', 'No indicators have been set yet.', 'No self-evaluation has been taken yet.', 'No review has been held yet.']) {
      expect(pdf.text).toContain(expected);
    }
    const progress = await text('strategy.progressPdf', { processId, from: '2026-01-01', to: '2026-12-31' });
    for (const expected of ['No indicators have been set yet.', 'No activity was completed in this period.', 'No activity is running late.', 'No self-evaluation has been taken yet.']) expect(progress.text).toContain(expected);
    const summary = await text('strategy.summaryPdf', { processId });
    expect(summary.pages).toBe(1);
    expect(summary.text).toContain('No date has been set for the next review yet.');
  }, 60_000);
});

describe('the progress report', () => {
  it('shows the trends of the period, activities done in it and those late, and the self-evaluations compared', async () => {
    const processId = await bakery();
    const pdf = await text('strategy.progressPdf', { processId, from: '2025-03-01', to: '2025-06-30' });
    expect(pdf.fileName).toBe('Progress report - Šiaulių duona 2025-03-01 - 2025-06-30.pdf');
    for (const expected of [
      'Period: Mar 1, 2025 – Jun 30, 2025', 'Indicator trends', 'Loaves thrown away per week', 'Apr 1, 2025: 100 loaves', 'Loyalty cards issued', 'May 1, 2025: 50', 'Off track',
      'Bakers trained', 'Nothing was measured in this period.',
      'Activities done in the period', 'Mentoring by the head baker · Activity lead: Rūta', 'Activities running late', 'Give unsold bread to the food bank · Activity lead: Jonas',
      'Self-evaluations compared', 'Change', 'Business results 2.5 4.0 +1.5', 'Learning and growth 2.0 5.0 +3.0', 'Overall 2.3 4.3 +2.0',
    ]) expect(pdf.text).toContain(expected);
    // A measurement outside the period is left out.
    expect(pdf.text).not.toContain('Sep 1, 2025');
    expect(pdf.text).not.toContain('Loyalty card for families');
  }, 60_000);
});

describe('the owner’s summary', () => {
  it('fits on one page: lights per perspective, next activities, learning and the next review', async () => {
    const processId = await bakery();
    const pdf = await text('strategy.summaryPdf', { processId });
    expect(pdf.fileName).toBe('Our strategy on one page - Šiaulių duona.pdf');
    expect(pdf.pages).toBe(1);
    for (const expected of [
      'Where we stand', 'Business results Off track Objectives: 1 · Indicators: 1', 'Internal processes On track', 'Learning and growth Not measured yet', 'Stakeholders and customers Not measured yet Objectives: 0',
      'What we do next', 'Give unsold bread to the food bank · Activity lead: Jonas · Mar 1, 2025 · late', 'Loyalty card for families',
      'What we learn', 'Next review Jan 15, 2099',
    ]) expect(pdf.text).toContain(expected);
    // Done activities are not next, and done learning is learnt.
    expect(pdf.text).not.toContain('Mentoring by the head baker');
  }, 60_000);

  it('stays on one page however much was planned and typed', async () => {
    const processId = await bakery();
    const s = await call('strategy.get', { processId });
    const long = 'A very long description that goes on and on about what the bakery wants to do. '.repeat(20);
    await call('strategy.update', { processId, data: { vision: long, reviewRoutine: '' } });
    for (let i = 0; i < 12; i++) {
      await call('activities.save', { processId, data: { objectiveId: s.objectives[0]!.id, title: `Step ${i} ${long}`.slice(0, 200), owner: 'Owner', dueDate: '2099-02-01', learning: true, learners: 'Everyone', learningWhat: long.slice(0, 2000), learningHow: 'course' } });
    }
    const pdf = await text('strategy.summaryPdf', { processId });
    expect(pdf.pages).toBe(1);
    expect(pdf.text).toContain('Next review Jan 15, 2099');
  }, 60_000);
});
