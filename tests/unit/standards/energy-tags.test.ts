import { describe, expect, it } from 'vitest';
import { coreForEachTest } from '../../helpers/core';

const cores = coreForEachTest();
const call = cores.call;

/** An SME typed in by hand, with its turnover, and a process in Portuguese. */
async function joinery() {
  cores.start();
  const sme = await call('smes.create', { name: 'Carpintaria Sousa', country: 'PT', city: 'Braga', sector: 'C', employees: 14, legalForm: 'Lda.', turnover: 900_000, balanceSheet: 400_000 });
  const { id: processId } = await call('processes.create', { smeId: sme.id, title: 'RS 2026', language: 'pt', startDate: '2026-02-02' });
  return { sme, processId };
}

describe('energy years (B3)', () => {
  it('keeps the SME figures of B1 and turns the year\'s bills into MWh and tCO2e: 30,000 kWh of electricity, 1,000 l of diesel', async () => {
    const { sme, processId } = await joinery();
    expect(await call('smes.get', { id: sme.id })).toMatchObject({ legalForm: 'Lda.', turnover: 900_000, balanceSheet: 400_000 });
    const years = await call('standards.saveEnergyYear', { smeId: sme.id, data: { year: 2025, electricityKwh: 30_000, electricityRenewableKwh: 10_000, dieselLitres: 1000 } });
    expect(years).toHaveLength(1);
    const b = years[0]!.balance;
    expect(years[0]!.country).toBe('PT');
    // Portugal has no verified grid factor: the EU-27 average of the EEA (0.281 t/MWh, 2018) applies.
    const electricity = b.lines.find((l) => l.carrier === 'electricity')!;
    expect(electricity.factor).toMatchObject({ tCo2ePerMwh: 0.281, origin: 'default', area: 'EU27', year: 2018 });
    expect(electricity.tCo2e).toBeCloseTo(30 * 0.281, 9);
    expect(b.scope1).toBeCloseTo(2.6464, 4);
    expect(b.totalMwh).toBeCloseTo(30 + (1000 * 0.830565 * 43.0) / 3600, 6);
    expect(b.renewableMwh).toBe(10);

    const draft = await call('standards.draft', { processId });
    const b3 = draft.disclosures.find((d) => d.code === 'B3')!;
    const value = (code: string) => b3.datapoints.find((p) => p.code === code)!;
    expect(value('B3-scope-1')).toMatchObject({ amount: b.scope1, unit: 'tCO2e' });
    expect(value('B3-scope-2-location').amount).toBeCloseTo(8.43, 9);
    expect(value('B3-energy-total').amount).toBeCloseTo(b.totalMwh, 9);
    // 11.07 t over EUR 900,000 of turnover.
    // In plain decimals, as a Portuguese reader writes them; the exact number for the spreadsheet.
    expect(value('B3-ghg-intensity').value).toBe('0,0000123');
    expect(value('B3-ghg-intensity').amount! * 900_000).toBeCloseTo(b.scope1 + 8.43, 9);
    expect(b3.energy!.year).toBe(2025);
  });

  it('uses the facilitator\'s factor instead of the default, and keeps Scope 2 open while district heat has none', async () => {
    const { sme } = await joinery();
    let [year] = await call('standards.saveEnergyYear', { smeId: sme.id, data: { year: 2025, electricityKwh: 20_000, districtHeatKwh: 10_000 } });
    expect(year!.balance.scope2Location).toBeNull();
    expect(year!.balance.missingFactors).toEqual(['district-heat']);
    [year] = await call('standards.saveEnergyYear', { smeId: sme.id, data: { year: 2025, electricityKwh: 20_000, districtHeatKwh: 10_000, overrides: { 'district-heat': 0.2, electricity: 0.1 } } });
    expect(year!.balance.scope2Location).toBeCloseTo(20 * 0.1 + 10 * 0.2, 9);
    expect(year!.balance.lines.find((l) => l.carrier === 'electricity')!.factor).toMatchObject({ origin: 'override', tCo2ePerMwh: 0.1 });
    expect(await call('standards.deleteEnergyYear', { smeId: sme.id, year: 2025 })).toEqual([]);
  });

  it('refuses renewable electricity above the total, negative amounts and absurd factors, and keeps what was stored', async () => {
    const { sme } = await joinery();
    await call('standards.saveEnergyYear', { smeId: sme.id, data: { year: 2025, electricityKwh: 1000 } });
    expect(await cores.issues('standards.saveEnergyYear', { smeId: sme.id, data: { year: 2025, electricityKwh: 1000, electricityRenewableKwh: 2000 } })).toEqual({ 'data.electricityRenewableKwh': 'more_than_total' });
    expect(Object.keys(await cores.issues('standards.saveEnergyYear', { smeId: sme.id, data: { year: 2025, dieselLitres: -5 } }))).toEqual(['data.dieselLitres']);
    expect(Object.keys(await cores.issues('standards.saveEnergyYear', { smeId: sme.id, data: { year: 2025, overrides: { petrol: 80 } } }))).toEqual(['data.overrides.petrol']);
    expect((await call('standards.energyYears', { smeId: sme.id }))[0]).toMatchObject({ year: 2025, electricityKwh: 1000 });
  });
});

describe('tags on the strategy\'s records', () => {
  it('are kept per record, count in the coverage, go with their record, and are refused for another process\'s record', async () => {
    const { sme, processId } = await joinery();
    let s = await call('objectives.save', { processId, data: { perspective: 'processes', title: 'Safe work at the saws' } });
    const objective = s.objectives[0]!.id;
    s = await call('activities.save', { processId, data: { objectiveId: objective, title: 'Guards on every saw' } });
    s = await call('indicators.save', { processId, data: { objectiveId: objective, name: 'Accidents', direction: 'down', baseline: 3, target: 0 } });
    const indicator = s.indicators[0]!.id;
    await call('measurements.save', { indicatorId: indicator, data: { measuredOn: '2026-03-01', value: 1 } });

    const tags = await call('standards.setTags', { processId, recordKind: 'objective', recordId: objective, tags: { iso26000: ['6.4.6'], vsme: ['B9'], sdg: ['8.8'] } });
    expect(tags.records[objective]).toEqual({ iso26000: ['6.4.6'], vsme: ['B9'], sdg: ['8.8'] });
    await call('standards.setDatapoint', { processId, indicatorId: indicator, datapoint: 'B9-accidents-number' });

    const coverage = await call('standards.coverage', { processId });
    // The activity and the indicator are untagged: they count under their objective's tags.
    expect(coverage.iso26000.find((r) => r.code === '6.4')).toMatchObject({ objectives: 1, activities: 1, indicators: 1 });
    expect(coverage.vsme.find((r) => r.code === 'B9')).toMatchObject({ objectives: 1, activities: 1, indicators: 1 });
    expect(coverage.vsme.find((r) => r.code === 'B1')).toMatchObject({ objectives: 0, activities: 0, indicators: 0 });
    expect(coverage.toCollect.map((p) => p.code)).not.toContain('B9-accidents-number');
    expect(coverage.toCollect.map((p) => p.code)).toContain('B9-fatalities');
    const draft = await call('standards.draft', { processId });
    expect(draft.disclosures.find((d) => d.code === 'B9')!.datapoints[0]).toMatchObject({ code: 'B9-accidents-number', amount: 1 });

    const other = await call('processes.create', { smeId: sme.id, title: 'Other', language: 'en', startDate: '2026-02-02' });
    expect(await cores.get().dispatch('standards.setTags', { processId: other.id, recordKind: 'objective', recordId: objective, tags: { iso26000: ['6.2'] } })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    await call('objectives.delete', { id: objective });
    expect(await call('standards.tags', { processId })).toEqual({ records: {}, datapoints: {} });
  });

  it('the catalogue names the codes and gives each statement its crosswalk tags and the typical objectives to suggest from', async () => {
    cores.start();
    const c = await call('standards.catalogue', { language: 'en' });
    expect(c.iso26000.find((s) => s.code === '6.4')!.issues.find((i) => i.code === '6.4.6')!.name).toBe('Health and safety at work');
    expect(c.statements['se-processes-4']).toEqual({ iso26000: ['6.4.6'], vsme: ['B9'], sdg: ['8.8'], legalFloor: ['lf-health-safety'] });
    expect(c.typicalObjectives.find((o) => o.id === 'obj-processes-safe-work')).toMatchObject({ perspective: 'processes', text: 'Safe and healthy work for everyone', vsme: ['B9'] });
    // The statement's link goes to the duty's heading in the package, whose anchor every language shares.
    expect(c.legalFloor!.duties['lf-health-safety']).toEqual({ title: 'Health and safety at work', anchor: 'legal-floor-lf-health-safety' });
    const doc = await call('library.document', { language: 'en', id: c.legalFloor!.documentId });
    expect(doc.blocks).toContainEqual({ type: 'heading', level: 2, text: 'Health and safety at work', anchor: 'legal-floor-lf-health-safety' });
    const lt = await call('standards.catalogue', { language: 'lt' });
    expect(lt.legalFloor!.duties['lf-health-safety']!.anchor).toBe('legal-floor-lf-health-safety');
    expect(lt.legalFloor!.duties['lf-health-safety']!.title).not.toBe('Health and safety at work');
  });
});
