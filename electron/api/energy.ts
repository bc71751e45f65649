import { z } from 'zod';
import factorsFile from '../../content/structure/emission-factors.json';

/**
 * Energy and emissions basics for VSME disclosure B3: a year's energy use in the units people
 * find on their bills (kWh, litres) becomes MWh and tonnes CO2e, Scope 1 for fuels burnt on
 * site and location-based Scope 2 for bought electricity and heat. Factors come from
 * content/structure/emission-factors.json, each with its source and year; the facilitator can
 * override any of them, and the result says which figure was used, so the calculation can be
 * shown in the app and printed in the draft report.
 */

const Positive = z.number().finite().positive();
const SourceId = z.string().min(1);

export const EmissionFactorsSchema = z.object({
  checked: z.string(),
  fuels: z.array(
    z.object({
      id: z.enum(['natural-gas', 'heating-oil', 'diesel', 'petrol']),
      unit: z.enum(['kWh', 'l']),
      scope: z.literal(1),
      co2KgPerTj: Positive,
      co2Source: SourceId,
      ncvMjPerKg: Positive.optional(),
      ncvSource: SourceId.optional(),
      densityKgPerL: Positive.optional(),
      densitySource: SourceId.optional(),
      comment: z.string().optional(),
    }),
  ),
  electricity: z.array(z.object({ area: z.string().regex(/^([A-Z]{2}|EU27)$/), tCo2ePerMwh: Positive, year: z.number().int(), source: SourceId })),
  /** Countries whose grid factor could not be verified: the facilitator enters it. */
  electricityNotVerified: z.array(z.string().regex(/^[A-Z]{2}$/)),
  districtHeat: z.null(),
  sources: z.record(z.string(), z.object({ title: z.string(), url: z.string().url(), year: z.number().int(), says: z.string() })),
});
export type EmissionFactors = z.infer<typeof EmissionFactorsSchema>;
export const EMISSION_FACTORS: EmissionFactors = EmissionFactorsSchema.parse(factorsFile);

export const FUELS = ['natural-gas', 'heating-oil', 'diesel', 'petrol'] as const;
export type Fuel = (typeof FUELS)[number];
export const CARRIERS = ['electricity', ...FUELS, 'district-heat'] as const;
export type Carrier = (typeof CARRIERS)[number];

const Quantity = z.number().finite().min(0).max(1e9);
/** One year's energy use of an SME, in the units of its bills (without the check across fields, so it can be extended). */
export const EnergyYearFields = z.object({
  year: z.number().int().min(2000).max(2100),
  /** ISO country code of the site: picks the grid factor. */
  country: z.string().regex(/^[A-Z]{2}$/),
  electricityKwh: Quantity.optional(),
  /** kWh of the electricity bought on a renewable contract (guarantees of origin). */
  electricityRenewableKwh: Quantity.optional(),
  naturalGasKwh: Quantity.optional(),
  heatingOilLitres: Quantity.optional(),
  dieselLitres: Quantity.optional(),
  petrolLitres: Quantity.optional(),
  districtHeatKwh: Quantity.optional(),
  /** The facilitator's own factors, in tCO2e per MWh, e.g. the national grid factor or the heat supplier's. */
  overrides: z.partialRecord(z.enum(CARRIERS), Positive.max(5)).optional(),
});
/** Renewable electricity is part of the electricity bought, never more. */
export const renewableWithinTotal = (e: { electricityKwh?: number | undefined; electricityRenewableKwh?: number | undefined }) => (e.electricityRenewableKwh ?? 0) <= (e.electricityKwh ?? 0);
/** One year's energy use of an SME, in the units of its bills. */
export const EnergyYearInput = EnergyYearFields.refine(renewableWithinTotal, { path: ['electricityRenewableKwh'], message: 'more_than_total' });
export type EnergyYear = z.infer<typeof EnergyYearInput>;

export interface FactorUsed {
  tCo2ePerMwh: number;
  origin: 'default' | 'override';
  /** Key into EMISSION_FACTORS.sources when the default was used. */
  source: string | null;
  year: number | null;
  /** For a default grid factor: the area it belongs to (a country, or EU27 when the country has none). */
  area?: string;
}

export interface EnergyLine {
  carrier: Carrier;
  quantity: number;
  unit: 'kWh' | 'l';
  kwhPerUnit: number;
  mwh: number;
  scope: 1 | 2;
  factor: FactorUsed | null;
  tCo2e: number | null;
}

export interface EnergyBalance {
  lines: EnergyLine[];
  totalMwh: number;
  renewableMwh: number;
  nonRenewableMwh: number;
  scope1: number;
  /** Null while a carrier with consumption has no factor: an incomplete total would mislead. */
  scope2Location: number | null;
  /** Carriers used this year for which no factor is known: ask the facilitator for one. */
  missingFactors: Carrier[];
}

const KWH_PER_MJ = 1 / 3.6;
const fuelOf = (id: Fuel) => EMISSION_FACTORS.fuels.find((f) => f.id === id)!;

/** kWh in one unit of the carrier as billed (1 for kWh; net calorific value times density for litres). */
export function kwhPerUnit(carrier: Carrier): number {
  if (carrier === 'electricity' || carrier === 'district-heat') return 1;
  const f = fuelOf(carrier);
  if (f.unit === 'kWh') return 1;
  return f.densityKgPerL! * f.ncvMjPerKg! * KWH_PER_MJ;
}

/** tCO2 per MWh from kg CO2 per TJ: 1 MWh = 3.6 GJ = 0.0036 TJ. */
export const tPerMwhFromKgPerTj = (kgPerTj: number) => (kgPerTj * 0.0036) / 1000;

export function defaultFactor(carrier: Carrier, country: string): FactorUsed | null {
  if (carrier === 'district-heat') return null;
  if (carrier === 'electricity') {
    const grid = EMISSION_FACTORS.electricity.find((e) => e.area === country) ?? EMISSION_FACTORS.electricity.find((e) => e.area === 'EU27');
    return grid ? { tCo2ePerMwh: grid.tCo2ePerMwh, origin: 'default', source: grid.source, year: grid.year, area: grid.area } : null;
  }
  const f = fuelOf(carrier);
  return { tCo2ePerMwh: tPerMwhFromKgPerTj(f.co2KgPerTj), origin: 'default', source: f.co2Source, year: EMISSION_FACTORS.sources[f.co2Source]?.year ?? null };
}

export function energyBalance(input: EnergyYear): EnergyBalance {
  const quantities: [Carrier, number | undefined][] = [
    ['electricity', input.electricityKwh],
    ['natural-gas', input.naturalGasKwh],
    ['heating-oil', input.heatingOilLitres],
    ['diesel', input.dieselLitres],
    ['petrol', input.petrolLitres],
    ['district-heat', input.districtHeatKwh],
  ];
  const lines: EnergyLine[] = [];
  for (const [carrier, quantity] of quantities) {
    if (quantity === undefined) continue;
    const override = input.overrides?.[carrier];
    const factor: FactorUsed | null = override !== undefined ? { tCo2ePerMwh: override, origin: 'override', source: null, year: null } : defaultFactor(carrier, input.country);
    const perUnit = kwhPerUnit(carrier);
    const mwh = (quantity * perUnit) / 1000;
    const scope = carrier === 'electricity' || carrier === 'district-heat' ? 2 : 1;
    const unit = carrier === 'heating-oil' || carrier === 'diesel' || carrier === 'petrol' ? 'l' : 'kWh';
    lines.push({ carrier, quantity, unit, kwhPerUnit: perUnit, mwh, scope, factor, tCo2e: factor ? mwh * factor.tCo2ePerMwh : null });
  }
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const totalMwh = sum(lines.map((l) => l.mwh));
  // Renewable by contract counts for the energy breakdown only: location-based Scope 2 uses
  // the grid's average, whatever the contract (a market-based figure would use the contract).
  const renewableMwh = (input.electricityRenewableKwh ?? 0) / 1000;
  const missingFactors = lines.filter((l) => l.factor === null && l.quantity > 0).map((l) => l.carrier);
  const scope2Lines = lines.filter((l) => l.scope === 2);
  return {
    lines,
    totalMwh,
    renewableMwh,
    nonRenewableMwh: totalMwh - renewableMwh,
    scope1: sum(lines.filter((l) => l.scope === 1).map((l) => l.tCo2e ?? 0)),
    scope2Location: scope2Lines.some((l) => l.factor === null && l.quantity > 0) ? null : sum(scope2Lines.map((l) => l.tCo2e ?? 0)),
    missingFactors,
  };
}
