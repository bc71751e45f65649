import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import { pdfText } from '../helpers/pdf-text';
import { expect, noSeriousViolations, test } from './fixtures';
import { newSme, startProcess } from './steps';

const saved = (page: Page) => expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

/** Opens the draft PDF of the Standards tab and answers its text, saved as the facilitator saves it. */
async function draftPdfText(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'VSME draft (PDF)' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-pdf-pages', /^[1-9]\d*$/, { timeout: 30_000 });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a copy' }).click();
  return (await pdfText(fs.readFileSync(await (await download).path()))).text;
}

test('the example: tags where people work, its coverage, what is missing and the VSME draft as PDF and Excel', async ({ app: page }) => {
  test.setTimeout(120_000);
  await page.getByRole('button', { name: 'Load example' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Example: Šilo duona family bakery' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('region', { name: /^Strategy at a glance/ }).getByRole('link', { name: 'SR strategy and monitoring' }).click();

  // The chips on a statement (from the crosswalk) and on an indicator the example's facilitator tagged.
  await page.getByRole('tab', { name: 'Self-evaluation' }).click();
  await expect(page.getByRole('list', { name: 'Standards for statement 1' }).getByRole('listitem').first()).toBeVisible();
  // A statement about a legal duty links to that duty in the package's legal floor.
  await page.getByRole('link', { name: 'Legal duty: Health and safety at work' }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'Health and safety at work' })).toBeInViewport();
  await page.goBack();
  await page.getByRole('tab', { name: 'Indicators' }).click();
  const chips = page.getByRole('list', { name: 'Standards for “Employees who left in the last 12 months”' });
  await expect(chips.getByRole('listitem', { name: /^VSME B8/ }).first()).toBeVisible();

  await page.getByRole('tab', { name: 'Standards and VSME' }).click();
  // The heat map counts what the strategy touches: labour practices are the bakery's main matter.
  const subjects = page.getByRole('table', { name: 'ISO 26000 core subjects' });
  const labour = subjects.getByRole('row', { name: /^6\.4 Labour practices/ });
  await expect(labour).toBeVisible();
  const counts = (await labour.getByRole('cell').allInnerTexts()).map(Number);
  expect(counts).toHaveLength(3);
  expect(counts[0]).toBeGreaterThan(0);
  expect(counts[1]).toBeGreaterThan(0);
  const basic = page.getByRole('table', { name: 'VSME Basic module' });
  await expect(basic.getByRole('row', { name: /^B1 / })).toBeVisible();

  // What is missing for a complete Basic report, each with where to find it.
  const collect = page.getByRole('region', { name: /datapoints? still to collect$/ });
  await expect(collect.getByRole('listitem').filter({ hasText: 'B9-accidents-number' })).toContainText('The accident register');
  await expect(collect.getByRole('listitem').filter({ hasText: 'B1-legal-form' })).toHaveCount(0);
  await noSeriousViolations(page, 'standards tab');

  const text = await draftPdfText(page);
  for (const expected of [
    'VSME BASIC MODULE: DRAFT', 'B1 Basis for preparation', 'Legal form B1-legal-form UAB (private limited company) SME register',
    'Practices, policies and future initiatives by sustainability matter', '6.4 Labour practices',
    'B9-accidents-number To collect The accident register', 'Learning plan',
  ]) expect(text).toContain(expected);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'VSME draft (Excel)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('VSME Basic module draft - Example Šilo duona family bakery.xlsx');
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await file.path());
  const rows = book.getWorksheet('Datapoints')!.getSheetValues().slice(2).map((r) => (r as ExcelJS.CellValue[]).slice(1));
  expect(rows.find((r) => r[1] === 'B1-turnover')!.slice(3, 6)).toEqual([2_150_000, 'EUR', 'From the case file']);
});

test('an SME entered by hand with a year of energy bills gets its B3 numbers, in the app and in the draft', async ({ app: page }) => {
  test.setTimeout(120_000);
  await newSme(page, 'Stolarnia Nowak', { type: 'Pol', pick: 'Poland' });
  await page.getByRole('textbox', { name: 'Legal form' }).fill('sp. z o.o.');
  await page.getByRole('textbox', { name: 'Net turnover (EUR)' }).fill('1200000');
  await page.getByRole('textbox', { name: 'Employees' }).fill('22');
  await saved(page);
  const processId = await startProcess(page);
  await page.goto(page.url().replace(/#.*$/, `#/processes/${processId}/strategy/standards`));

  const energy = page.getByRole('form', { name: 'Energy use of a year' });
  await energy.getByRole('textbox', { name: 'Year' }).fill('2025');
  await energy.getByRole('textbox', { name: 'Electricity (kWh)' }).fill('40000');
  await energy.getByRole('textbox', { name: 'of which renewable by contract (kWh)' }).fill('50000');
  await energy.getByRole('button', { name: 'Save the year' }).click();
  // More renewable than bought is refused at the field, and nothing is stored.
  await expect(energy.getByText('This is more than the total.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Calculation for 2025' })).toHaveCount(0);

  await energy.getByRole('textbox', { name: 'of which renewable by contract (kWh)' }).fill('10000');
  await energy.getByRole('textbox', { name: 'Natural gas (kWh)' }).fill('50000');
  await energy.getByRole('textbox', { name: 'Diesel (litres)' }).fill('2000');
  await energy.getByRole('button', { name: 'Save the year' }).click();

  // The factors of the package: IPCC 2006 for fuels, the EEA's EU-27 grid average for Poland's electricity.
  const gas = 50 * 3.6 * 56_100 / 1e6; // 50 MWh = 180 GJ × 56.1 kg/GJ
  const dieselMwh = (2000 * 0.830565 * 43.0) / 3600;
  const diesel = (2000 * 0.830565 * 43.0 * 74_100) / 1e9;
  const electricity = 40 * 0.281;
  const en = new Intl.NumberFormat('en', { maximumFractionDigits: 3 });
  const year = page.getByRole('region', { name: 'Calculation for 2025' });
  await expect(year.getByRole('row', { name: /^Electricity \(Scope 2\)/ }).getByRole('cell').last()).toHaveText(en.format(electricity));
  await expect(year.getByRole('row', { name: /^Electricity \(Scope 2\)/ }).getByRole('cell').nth(1)).toHaveText('40,000 kWh');
  await expect(year.getByRole('row', { name: /^Diesel \(Scope 1\)/ }).getByRole('cell').nth(1)).toHaveText(`2,000 l × ${en.format(0.830565 * 43.0 / 3.6)}`);
  await expect(year.getByRole('row', { name: /^Diesel \(Scope 1\)/ }).getByRole('cell').nth(2)).toHaveText(en.format(dieselMwh));
  await expect(year.getByText(`Scope 1: ${en.format(gas + diesel)} tCO2e`)).toBeVisible();
  await expect(year.getByText(`Scope 2, location-based: ${en.format(electricity)} tCO2e`)).toBeVisible();
  await expect(year.getByText(`Total ${en.format(40 + 50 + dieselMwh)} MWh, of which 10 MWh renewable by contract`)).toBeVisible();

  // The facilitator's own grid factor replaces the default, in the app and the draft.
  await year.getByRole('button', { name: 'Edit' }).click();
  await energy.getByRole('group', { name: /^Own factors in tCO2e per MWh/ }).getByRole('textbox', { name: 'Electricity' }).fill('0.7');
  await energy.getByRole('button', { name: 'Save the year' }).click();
  await expect(year.getByText(`Scope 2, location-based: ${en.format(40 * 0.7)} tCO2e`)).toBeVisible();
  // The pointer leaves the button it clicked: the theme's hover shade of a filled button is
  // lighter than its resting one, and axe would judge the hover.
  await page.mouse.move(0, 0);
  await noSeriousViolations(page, 'energy form');

  const text = await draftPdfText(page);
  for (const expected of [
    'Legal form B1-legal-form sp. z o.o. SME register',
    'Energy and emissions: the calculation (2025)',
    `2,000 l × ${en.format(0.830565 * 43.0 / 3.6)} kWh/l = ${en.format(dieselMwh)} MWh`,
    `Scope 1 (fuels burnt on site) ${en.format(gas + diesel)} tCO2e`,
    `Scope 2, location-based (electricity and heat bought) ${en.format(40 * 0.7)} tCO2e`,
  ]) expect(text).toContain(expected);
});
