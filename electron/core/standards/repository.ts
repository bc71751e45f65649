import { AppFailure } from '../../api/result';
import type { Carrier, EnergyYear } from '../../api/energy';
import { CARRIERS, energyBalance } from '../../api/energy';
import type { EnergyYearData, EnergyYearRecord, ProcessTags, RecordTags, TaggedRecord, TagScheme } from '../../api/standards';
import { TAG_SCHEMES } from '../../api/standards';
import type { Db } from '../db/open';

const TABLE: Record<TaggedRecord, string> = { objective: 'objectives', activity: 'activities', indicator: 'indicators' };

interface EnergyRow {
  year: number;
  electricity_kwh: number | null;
  electricity_renewable_kwh: number | null;
  natural_gas_kwh: number | null;
  heating_oil_litres: number | null;
  diesel_litres: number | null;
  petrol_litres: number | null;
  district_heat_kwh: number | null;
  overrides: string;
}

const ENERGY_COLUMNS = {
  electricityKwh: 'electricity_kwh',
  electricityRenewableKwh: 'electricity_renewable_kwh',
  naturalGasKwh: 'natural_gas_kwh',
  heatingOilLitres: 'heating_oil_litres',
  dieselLitres: 'diesel_litres',
  petrolLitres: 'petrol_litres',
  districtHeatKwh: 'district_heat_kwh',
} as const;
type EnergyField = keyof typeof ENERGY_COLUMNS;

/** Tags of the strategy's records, the datapoints indicators feed, and the SME's energy years. */
export class StandardsRepository {
  constructor(private readonly db: Db) {}

  tags(processId: string): ProcessTags {
    const records: Record<string, RecordTags> = {};
    // Tags of a deleted record stay with it (for an undo) but are not the strategy's any more.
    const deleted = Object.values(TABLE).map((t) => `SELECT id FROM ${t} WHERE deleted_at IS NOT NULL`).join(' UNION ALL ');
    const rows = this.db.prepare(`SELECT record_id, scheme, code FROM standard_tags WHERE process_id = ? AND record_id NOT IN (${deleted}) ORDER BY record_id, scheme, code`).all(processId) as {
      record_id: string; scheme: TagScheme; code: string;
    }[];
    for (const r of rows) (records[r.record_id] ??= { iso26000: [], vsme: [], sdg: [] })[r.scheme].push(r.code);
    const datapoints: Record<string, string> = {};
    const dp = this.db.prepare(
      `SELECT d.indicator_id, d.datapoint FROM indicator_datapoints d JOIN indicators i ON i.id = d.indicator_id WHERE i.process_id = ? AND i.id NOT IN (${deleted})`,
    ).all(processId) as { indicator_id: string; datapoint: string }[];
    for (const r of dp) datapoints[r.indicator_id] = r.datapoint;
    return { records, datapoints };
  }

  /** Replaces the tags of one record; the record must belong to the process. */
  setTags(processId: string, kind: TaggedRecord, recordId: string, tags: RecordTags): ProcessTags {
    this.db.transaction(() => {
      this.mustBelong(processId, kind, recordId);
      this.db.prepare('DELETE FROM standard_tags WHERE record_id = ?').run(recordId);
      const insert = this.db.prepare('INSERT OR IGNORE INTO standard_tags (process_id, record_kind, record_id, scheme, code) VALUES (?, ?, ?, ?, ?)');
      for (const scheme of TAG_SCHEMES) for (const code of tags[scheme]) insert.run(processId, kind, recordId, scheme, code);
    })();
    return this.tags(processId);
  }

  setDatapoint(processId: string, indicatorId: string, datapoint: string | null): ProcessTags {
    this.db.transaction(() => {
      this.mustBelong(processId, 'indicator', indicatorId);
      if (datapoint === null) this.db.prepare('DELETE FROM indicator_datapoints WHERE indicator_id = ?').run(indicatorId);
      else this.db.prepare('INSERT INTO indicator_datapoints (indicator_id, datapoint) VALUES (?, ?) ON CONFLICT (indicator_id) DO UPDATE SET datapoint = excluded.datapoint').run(indicatorId, datapoint);
    })();
    return this.tags(processId);
  }

  energyYears(smeId: string, country: string): EnergyYearRecord[] {
    const rows = this.db.prepare('SELECT * FROM energy_years WHERE sme_id = ? ORDER BY year DESC').all(smeId) as EnergyRow[];
    return rows.map((row) => {
      const data: Omit<EnergyYear, 'country'> = { year: row.year };
      for (const [field, column] of Object.entries(ENERGY_COLUMNS) as [EnergyField, keyof EnergyRow][]) {
        const v = row[column];
        if (typeof v === 'number') data[field] = v;
      }
      const overrides = parseOverrides(row.overrides);
      if (Object.keys(overrides).length) data.overrides = overrides;
      return { ...data, country, balance: energyBalance({ ...data, country }) };
    });
  }

  saveEnergyYear(smeId: string, data: EnergyYearData, now = new Date()): void {
    const values = Object.fromEntries((Object.keys(ENERGY_COLUMNS) as EnergyField[]).map((f) => [f, data[f] ?? null]));
    this.db.prepare(
      `INSERT INTO energy_years (sme_id, year, ${Object.values(ENERGY_COLUMNS).join(', ')}, overrides, updated_at)
       VALUES (@smeId, @year, ${Object.keys(ENERGY_COLUMNS).map((f) => `@${f}`).join(', ')}, @overrides, @stamp)
       ON CONFLICT (sme_id, year) DO UPDATE SET ${Object.values(ENERGY_COLUMNS).map((c) => `${c} = excluded.${c}`).join(', ')},
         overrides = excluded.overrides, updated_at = excluded.updated_at`,
    ).run({ ...values, smeId, year: data.year, overrides: JSON.stringify(data.overrides ?? {}), stamp: now.toISOString() });
  }

  deleteEnergyYear(smeId: string, year: number): void {
    this.db.prepare('DELETE FROM energy_years WHERE sme_id = ? AND year = ?').run(smeId, year);
  }

  private mustBelong(processId: string, kind: TaggedRecord, id: string): void {
    const row = this.db.prepare(`SELECT process_id FROM ${TABLE[kind]} WHERE id = ? AND deleted_at IS NULL`).get(id) as { process_id: string } | undefined;
    if (!row) throw new AppFailure('not_found', `No ${kind} ${id}`);
    if (row.process_id !== processId) throw new AppFailure('bad_request', `The ${kind} ${id} belongs to another process`);
  }
}

/** Only known carriers with a usable factor are kept: the column is ours, but a hand-edited file may not be. */
function parseOverrides(json: string): Partial<Record<Carrier, number>> {
  try {
    const raw = JSON.parse(json) as Record<string, unknown>;
    return Object.fromEntries(Object.entries(raw).filter(([k, v]) => (CARRIERS as readonly string[]).includes(k) && typeof v === 'number' && v > 0 && v <= 5));
  } catch {
    return {};
  }
}
