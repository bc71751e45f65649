import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { smeWithProcess } from './steps';

// One date rule for indicators, activities and reviews: a record does not end before it starts,
// and a measurement is of something that has happened. Refused at the field, kept as typed.

const day = (offset: number) => {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
};

async function interfaceLanguage(page: Page, language: string) {
  await page.getByRole('textbox', { name: 'Language' }).click();
  await page.getByRole('option', { name: language }).click();
}

const cases = [
  {
    language: 'English', addTo: 'Add indicator: Skilled and loyal bakers', form: 'New indicator', name: 'Name', baseline: 'Baseline', baselineDate: 'Baseline date',
    target: 'Target', targetDate: 'Target date', create: 'Add', targetMessage: 'The target date cannot be before the baseline date.',
    measuredOn: 'Date measured', value: 'Value measured', addMeasurement: 'Add measurement', futureMessage: 'A measurement cannot be dated after today.', none: 'No measurements yet.',
  },
  {
    language: 'Lietuvių', addTo: 'Pridėti rodiklį: Skilled and loyal bakers', form: 'Naujas rodiklis', name: 'Pavadinimas', baseline: 'Pradinė reikšmė', baselineDate: 'Pradinės reikšmės data',
    target: 'Siektina reikšmė', targetDate: 'Pasiekti iki', create: 'Pridėti', targetMessage: 'Siektinos reikšmės data negali būti ankstesnė už pradinės reikšmės datą.',
    measuredOn: 'Matavimo data', value: 'Išmatuota reikšmė', addMeasurement: 'Pridėti matavimą', futureMessage: 'Matavimo data negali būti vėlesnė nei šiandien.', none: 'Matavimų dar nėra.',
  },
];

for (const c of cases) {
  test(`${c.language}: an indicator's target date before its baseline date, and a measurement dated tomorrow, are refused at the field`, async ({ app: page }) => {
    const processId = await smeWithProcess(page, 'Šiaulių duona', { type: 'Lith', pick: 'Lithuania' });
    await page.goto(page.url().replace(/#.*$/, `#/processes/${processId}/strategy/objectives`));
    const newObjective = page.getByRole('form', { name: 'New objective' });
    await newObjective.getByRole('combobox', { name: 'Perspective' }).selectOption({ label: 'Learning and growth' });
    await newObjective.getByRole('textbox', { name: 'Objective', exact: true }).fill('Skilled and loyal bakers');
    await newObjective.getByRole('button', { name: 'Add objective' }).click();
    await expect(page.getByRole('group', { name: 'Objective: Skilled and loyal bakers' })).toBeVisible();
    if (c.language !== 'English') await interfaceLanguage(page, c.language);

    await page.goto(page.url().replace(/#.*$/, `#/processes/${processId}/strategy/indicators`));
    await page.getByRole('button', { name: c.addTo }).click();
    const form = page.getByRole('form', { name: c.form });
    await form.getByRole('textbox', { name: c.name }).fill('Staff staying a year or more');
    await form.getByRole('textbox', { name: c.baseline, exact: true }).fill('60');
    await form.getByLabel(c.baselineDate, { exact: true }).fill('2026-03-01');
    await form.getByRole('textbox', { name: c.target, exact: true }).fill('80');
    await form.getByLabel(c.targetDate, { exact: true }).fill('2026-02-28');
    await form.getByRole('button', { name: c.create, exact: true }).click();
    await expect(form.getByText(c.targetMessage)).toBeVisible();
    await expect(form.getByLabel(c.targetDate, { exact: true })).toHaveValue('2026-02-28');
    await form.getByLabel(c.targetDate, { exact: true }).fill('2027-12-31');
    await form.getByRole('button', { name: c.create, exact: true }).click();

    const indicator = page.getByRole('region', { name: 'Staff staying a year or more' });
    await indicator.getByLabel(c.measuredOn, { exact: true }).fill(day(1));
    await indicator.getByRole('textbox', { name: c.value }).fill('65');
    await indicator.getByRole('button', { name: c.addMeasurement }).click();
    await expect(indicator.getByText(c.futureMessage)).toBeVisible();
    await expect(indicator.getByRole('textbox', { name: c.value })).toHaveValue('65');
    await expect(indicator.getByText(c.none)).toBeVisible();
    await indicator.getByLabel(c.measuredOn, { exact: true }).fill(day(0));
    await indicator.getByRole('button', { name: c.addMeasurement }).click();
    await expect(indicator.getByRole('textbox', { name: c.value })).toHaveValue('');
    await expect(indicator.getByText(c.none)).toHaveCount(0);
  });
}
