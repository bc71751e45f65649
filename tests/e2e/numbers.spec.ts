import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { newSme, smeWithProcess, startProcess } from './steps';

// Numbers are read the way the interface language writes them; what cannot be read one way only
// is refused at the field and left as typed, never changed silently.

const status = (page: Page, text: string) => expect(page.getByRole('status').filter({ hasText: text })).toBeVisible();

async function interfaceLanguage(page: Page, language: string) {
  const input = page.getByRole('textbox', { name: 'Language' });
  await input.click();
  await page.getByRole('option', { name: language }).click();
}

async function newActivity(page: Page, processId: string, title: { field: string; button: string; value: string }) {
  await page.goto(page.url().replace(/#.*$/, `#/processes/${processId}/strategy/activities`));
  await page.getByRole('textbox', { name: title.field }).fill(title.value);
  await page.getByRole('button', { name: title.button }).click();
}

test('employees: a whole number; fractions, negatives, exponents and ambiguous groups are refused at the field', async ({ app: page }) => {
  await newSme(page, 'Šiaulių duona', { type: 'Lith', pick: 'Lithuania' });
  const employees = page.getByRole('textbox', { name: 'Employees' });
  await employees.fill('23');
  await status(page, 'All changes saved');
  for (const [typed, message] of [
    ['12.5', 'Please enter a whole number.'],
    ['-5', 'This cannot be negative.'],
    ['1e5', 'Please type a number, such as 120.'],
    ['1,205', 'Is this 1205 or 1.205? Please type the number you mean.'],
  ] as const) {
    await employees.fill(typed);
    await expect(page.getByText(message)).toBeVisible();
    await expect(employees).toHaveValue(typed);
    await status(page, 'Not saved yet');
  }
  await employees.fill('12');
  await status(page, 'All changes saved');
  await page.reload();
  await expect(employees).toHaveValue('12');
  await expect(page.getByText(/^Small by headcount/)).toBeVisible();
});

test('agenda minutes: at least one whole minute', async ({ app: page }) => {
  await newSme(page, 'Šiaulių duona', { type: 'Lith', pick: 'Lithuania' });
  await startProcess(page);
  await page.getByRole('link', { name: /^Workshop 1/ }).click();
  const editor = page.locator('[data-agenda-editor]');
  const welcome = editor.getByRole('textbox', { name: 'Planned minutes: Welcome and the aim of the process' });
  for (const [typed, message] of [['-30', 'Please enter 1 or more.'], ['0', 'Please enter 1 or more.'], ['12.5', 'Please enter a whole number.']] as const) {
    await welcome.fill(typed);
    await expect(editor.getByText(message)).toBeVisible();
    await expect(welcome).toHaveValue(typed);
  }
  await welcome.fill('5');
  await expect(editor.getByText('Planned: 175 of 180 min')).toBeVisible();
  await status(page, 'All changes saved');
});

test('English: "120,5" is 120.5, shown back the English way, in the currency of a Polish SME', async ({ app: page }) => {
  const processId = await smeWithProcess(page, 'Piekarnia Kowalski', { type: 'Pola', pick: 'Poland' });
  await newActivity(page, processId, { field: 'Title of the new activity', button: 'Add activity', value: 'Training for bakers' });
  const cost = page.getByRole('textbox', { name: 'Cost estimate (PLN)' });
  await cost.fill('120,5');
  await cost.blur();
  await expect(cost).toHaveValue('120.5');
  await status(page, 'All changes saved');
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('list', { name: 'Activities of the action plan' })).toContainText(new Intl.NumberFormat('en', { style: 'currency', currency: 'PLN' }).format(120.5));
});

test('Lithuanian: a decimal comma, the other separator where unambiguous, and a refusal where it is not', async ({ app: page }) => {
  const processId = await smeWithProcess(page, 'Piekarnia Kowalski', { type: 'Pola', pick: 'Poland' });
  await interfaceLanguage(page, 'Lietuvių');
  await newActivity(page, processId, { field: 'Naujos veiklos pavadinimas', button: 'Pridėti veiklą', value: 'Kepėjų mokymai' });
  const cost = page.getByRole('textbox', { name: 'Numatomos išlaidos (PLN)' });
  await cost.fill('1.205');
  await expect(page.getByText('Ar tai 1205, ar 1,205? Įrašykite skaičių, kurį turite omenyje.')).toBeVisible();
  await expect(cost).toHaveValue('1.205');
  await cost.fill('1200.5');
  await cost.blur();
  await expect(cost).toHaveValue('1200,5');
  await status(page, 'Visi pakeitimai išsaugoti');
  await page.getByRole('button', { name: 'Baigti' }).click();
  await expect(page.getByRole('list', { name: 'Veiksmų plano veiklos' })).toContainText(new Intl.NumberFormat('lt', { style: 'currency', currency: 'PLN' }).format(1200.5));
});
