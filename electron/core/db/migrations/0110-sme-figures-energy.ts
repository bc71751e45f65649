import type { Migration } from './types';

/**
 * What a VSME report's basis for preparation (B1) and energy disclosure (B3) need from the SME:
 * its legal form, net turnover and balance sheet total (EUR, as in the annual accounts), and a
 * year's energy use as read from the bills. Energy belongs to the SME, not to one 6x3 cycle:
 * the next cycle's draft reads the same years.
 */
export const migration0110: Migration = {
  version: 110,
  name: 'sme-figures-energy',
  up: `
    ALTER TABLE smes ADD COLUMN legal_form TEXT NOT NULL DEFAULT '';
    ALTER TABLE smes ADD COLUMN turnover REAL;
    ALTER TABLE smes ADD COLUMN balance_sheet REAL;

    CREATE TABLE energy_years (
      sme_id TEXT NOT NULL REFERENCES smes(id) ON DELETE CASCADE,
      year INTEGER NOT NULL,
      electricity_kwh REAL,
      electricity_renewable_kwh REAL,
      natural_gas_kwh REAL,
      heating_oil_litres REAL,
      diesel_litres REAL,
      petrol_litres REAL,
      district_heat_kwh REAL,
      -- The facilitator's own factors (carrier -> tCO2e/MWh) as JSON; '{}' when the defaults are used.
      overrides TEXT NOT NULL DEFAULT '{}',
      updated_at TEXT NOT NULL,
      PRIMARY KEY (sme_id, year)
    ) STRICT, WITHOUT ROWID;
  `,
};
