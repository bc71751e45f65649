import { describe, expect, it } from 'vitest';
import { coreForEachTest } from '../../helpers/core';
import { pdfText } from '../../helpers/pdf-text';

const cores = coreForEachTest();
const call = cores.call;

const handoutText = async (workshopId: string, worksheetId: string) =>
  (await pdfText(Buffer.from((await call('workshops.worksheetPdf', { id: workshopId, worksheetId })).base64, 'base64'))).text;

describe('handouts of worksheets the strategy shares', () => {
  it('print the SME’s records as they are now (stakeholders, indicators), and stay blank where there are none', async () => {
    cores.start();
    const sme = await call('smes.create', { name: 'Šiaulių duona', country: 'LT' });
    const process = await call('processes.create', { smeId: sme.id, title: 'SR 2026', language: 'en', startDate: '2026-01-05' });
    const [, w2, , , w5] = process.workshops;

    const blank = await handoutText(w5!.id, 'ws5-indicators');
    expect(blank).toContain('Our indicators');
    expect(blank).not.toContain('Customer complaints');

    await call('stakeholders.save', {
      processId: process.id,
      data: { group: 'community', name: 'Kėdainiai food bank', influence: 1, impact: 3, expectations: 'Fixed pick-up days', relationship: 4 },
    });
    const withObjective = await call('objectives.save', { processId: process.id, data: { perspective: 'stakeholders', title: 'Fewer complaints from the cafés' } });
    const objectiveId = withObjective.objectives[0]!.id;
    await call('indicators.save', {
      processId: process.id,
      data: { objectiveId, name: 'Customer complaints per month', unit: 'complaints', direction: 'down', baseline: 14, target: 6.5, targetDate: '2026-12-31' },
    });

    const indicators = await handoutText(w5!.id, 'ws5-indicators');
    // One row, cell by cell: the record as it is now, the choice by its label.
    expect(indicators).toContain('Customer complaints per month Fewer complaints from the cafés complaints Decrease (less is better) 14 6.5 2026-12-31');
    const map = await handoutText(w2!.id, 'ws2-stakeholder-map');
    expect(map).toContain('Kėdainiai food bank');
    expect(map).toContain('Fixed pick-up days');
    await call('strategy.update', { processId: process.id, data: { vision: 'Good bread, learned together.' } });
    expect(await handoutText(process.workshops[2]!.id, 'ws3-vision')).toContain('Good bread, learned together.');
    // A sheet that shares nothing with the strategy is still blank.
    expect(await handoutText(w2!.id, 'ws2-incidents')).not.toContain('Kėdainiai');
  }, 60_000);

  it('print in the language of the workshops, numbers written its way', async () => {
    cores.start();
    const sme = await call('smes.create', { name: 'Šiaulių duona', country: 'LT' });
    const process = await call('processes.create', { smeId: sme.id, title: 'SR 2026', language: 'lt', startDate: '2026-01-05' });
    const objective = await call('objectives.save', { processId: process.id, data: { perspective: 'stakeholders', title: 'Mažiau kavinių skundų' } });
    await call('indicators.save', {
      processId: process.id,
      data: { objectiveId: objective.objectives[0]!.id, name: 'Klientų skundai per mėnesį', unit: 'skundai', direction: 'down', baseline: 14, target: 6.5 },
    });
    const text = await handoutText(process.workshops[4]!.id, 'ws5-indicators');
    expect(text).toContain('Mūsų rodikliai');
    expect(text).toContain('Klientų skundai per mėnesį Mažiau kavinių skundų skundai Mažėti (kuo mažiau, tuo geriau) 14 6,5');
  }, 60_000);
});
