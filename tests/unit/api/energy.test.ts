import { describe, expect, it } from 'vitest';
import { EMISSION_FACTORS, energyBalance, EnergyYearInput, kwhPerUnit } from '../../../electron/api/energy';

// The worked examples recompute each figure from the numbers printed in the sources
// (IPCC 2006 defaults, DESNZ 2025 and Staffell 2011 densities, EEA 2018 grid intensity),
// so a changed or mistyped factor in emission-factors.json fails here.
const IPCC = { gasKgPerTj: 56_100, oilKgPerTj: 74_100, petrolKgPerTj: 69_300, oilNcv: 43.0, petrolNcv: 44.3 };
const DENSITY = { diesel: 0.830565, gasOil: 0.853971, petrol: 0.741 };
const EU27_2018 = 0.281;
const year = (fields: Record<string, unknown>) => EnergyYearInput.parse({ year: 2025, country: 'LT', ...fields });
const line = (b: ReturnType<typeof energyBalance>, carrier: string) => b.lines.find((l) => l.carrier === carrier)!;

describe('energy and emissions for VSME B3', () => {
  it('turns 50,000 kWh of natural gas into 50 MWh and 10.098 t CO2 (0.18 TJ x 56,100 kg/TJ)', () => {
    const b = energyBalance(year({ naturalGasKwh: 50_000 }));
    expect(b.totalMwh).toBe(50);
    expect(b.scope1).toBeCloseTo((50 * 0.0036 * IPCC.gasKgPerTj) / 1000, 9);
    expect(b.scope1).toBeCloseTo(10.098, 6);
  });

  it('turns 1,000 litres of diesel into 9.92 MWh and 2.646 t CO2', () => {
    const b = energyBalance(year({ dieselLitres: 1000 }));
    const mj = 1000 * DENSITY.diesel * IPCC.oilNcv; // 35,714.3 MJ
    expect(line(b, 'diesel').mwh).toBeCloseTo(mj / 3600, 9);
    expect(b.scope1).toBeCloseTo((mj / 1e6) * IPCC.oilKgPerTj / 1000, 9);
    expect(b.scope1).toBeCloseTo(2.6464, 4);
  });

  it('uses the denser gas oil for 2,000 litres of heating oil: 20.4 MWh and 5.442 t CO2', () => {
    const b = energyBalance(year({ heatingOilLitres: 2000 }));
    const mj = 2000 * DENSITY.gasOil * IPCC.oilNcv;
    expect(line(b, 'heating-oil').mwh).toBeCloseTo(mj / 3600, 9);
    expect(b.scope1).toBeCloseTo(5.442, 3);
  });

  it('turns 500 litres of petrol into 4.56 MWh and 1.137 t CO2', () => {
    const b = energyBalance(year({ petrolLitres: 500 }));
    const mj = 500 * DENSITY.petrol * IPCC.petrolNcv;
    expect(kwhPerUnit('petrol')).toBeCloseTo((DENSITY.petrol * IPCC.petrolNcv) / 3.6, 9);
    expect(b.scope1).toBeCloseTo((mj / 1e6) * IPCC.petrolKgPerTj / 1000, 9);
    expect(b.scope1).toBeCloseTo(1.1374, 4);
  });

  it('counts electricity in location-based Scope 2 with the EU-27 average when the country has no verified factor, and says so', () => {
    const b = energyBalance(year({ electricityKwh: 40_000, electricityRenewableKwh: 10_000 }));
    const e = line(b, 'electricity');
    expect(e.factor).toMatchObject({ origin: 'default', area: 'EU27', year: 2018, source: 'eea-ind-353' });
    // A renewable contract changes the energy breakdown, not the location-based figure.
    expect(b.scope2Location).toBeCloseTo(40 * EU27_2018, 9);
    expect(b.renewableMwh).toBe(10);
    expect(b.nonRenewableMwh).toBe(30);
    expect(b.scope1).toBe(0);
  });

  it('adds up a small bakery: Scope 1 from gas and the van, Scope 2 from the national grid factor the facilitator entered', () => {
    const b = energyBalance(year({ electricityKwh: 120_000, naturalGasKwh: 300_000, dieselLitres: 4_000, overrides: { electricity: 0.1 } }));
    expect(line(b, 'electricity').factor).toEqual({ tCo2ePerMwh: 0.1, origin: 'override', source: null, year: null });
    expect(b.totalMwh).toBeCloseTo(120 + 300 + (4000 * DENSITY.diesel * IPCC.oilNcv) / 3600, 9);
    expect(b.scope1).toBeCloseTo((300 * 0.0036 * IPCC.gasKgPerTj) / 1000 + (4000 * DENSITY.diesel * IPCC.oilNcv * IPCC.oilKgPerTj) / 1e9, 9);
    expect(b.scope2Location).toBeCloseTo(12, 9);
  });

  it('leaves Scope 2 open while district heat has no factor, instead of printing a total that is too low', () => {
    const open = energyBalance(year({ electricityKwh: 10_000, districtHeatKwh: 20_000 }));
    expect(open.missingFactors).toEqual(['district-heat']);
    expect(open.scope2Location).toBeNull();
    const closed = energyBalance(year({ electricityKwh: 10_000, districtHeatKwh: 20_000, overrides: { 'district-heat': 0.15 } }));
    expect(closed.missingFactors).toEqual([]);
    expect(closed.scope2Location).toBeCloseTo(10 * EU27_2018 + 20 * 0.15, 9);
  });

  it('refuses negative amounts, a renewable share above the total and an unknown carrier override', () => {
    expect(EnergyYearInput.safeParse({ year: 2025, country: 'PL', dieselLitres: -5 }).success).toBe(false);
    const tooMuch = EnergyYearInput.safeParse({ year: 2025, country: 'PL', electricityKwh: 10, electricityRenewableKwh: 11 });
    expect(tooMuch.success).toBe(false);
    expect(tooMuch.error?.issues[0]?.path).toEqual(['electricityRenewableKwh']);
    expect(EnergyYearInput.safeParse({ year: 2025, country: 'PL', overrides: { coal: 0.3 } }).success).toBe(false);
  });

  it('keeps a source with title, address and year for every default factor', () => {
    const used = [...EMISSION_FACTORS.fuels.flatMap((f) => [f.co2Source, f.ncvSource, f.densitySource]), ...EMISSION_FACTORS.electricity.map((e) => e.source)];
    for (const id of used.filter((x): x is string => !!x)) expect(EMISSION_FACTORS.sources[id], id).toMatchObject({ title: expect.any(String), url: expect.stringMatching(/^https:/), year: expect.any(Number) });
    for (const f of EMISSION_FACTORS.fuels) if (f.unit === 'l') expect(f.densityKgPerL && f.ncvMjPerKg, f.id).toBeTruthy();
  });
});
