import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function expectAccessible(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${screen}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

async function chooseOption(page: Page, label: string | RegExp, option: string | RegExp, scope: Page | Locator = page) {
  const input = scope.getByRole('textbox', { name: label });
  await input.click();
  if (typeof option === 'string' && (await input.isEditable())) await input.fill(option.slice(0, 4));
  await page.getByRole('option', { name: option }).first().click();
}

async function createSme(page: Page, name: string, country: string) {
  await page.getByRole('button', { name: 'New SME' }).click();
  const dialog = page.getByRole('dialog', { name: 'New SME' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  await chooseOption(page, 'Country', country, dialog);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
}

const saved = (page: Page) => expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

test('create, edit with autosave, and find the data again after a restart', async ({ app: page, host }) => {
  await expectAccessible(page, 'empty list');
  await createSme(page, 'Šiaulių duona', 'Lithuania');
  await page.getByRole('textbox', { name: 'City' }).fill('Šiauliai');
  await chooseOption(page, 'Sector (NACE)', /^C · Manufacturing/);
  await page.getByRole('textbox', { name: 'Employees' }).fill('12');
  await expect(page.getByText(/^Small by headcount \(10 to 49 employees\)/)).toBeVisible();
  await page.getByRole('button', { name: 'Add contact' }).click();
  await page.getByRole('textbox', { name: 'Name, contact 1' }).fill('Rūta Petrauskienė');
  await page.getByRole('textbox', { name: 'Email, contact 1' }).fill('ruta@duona');
  await expect(page.getByText('Please enter an email address like name@example.com.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Not saved yet' })).toBeVisible();
  // The invalid text stays in the field; fixing it saves everything.
  await expect(page.getByRole('textbox', { name: 'Email, contact 1' })).toHaveValue('ruta@duona');
  await page.getByRole('textbox', { name: 'Email, contact 1' }).fill('ruta@duona.lt');
  await saved(page);
  await expectAccessible(page, 'SME editor');

  await host.restart();
  await page.goto(host.url);
  await page.getByRole('searchbox', { name: 'Search' }).fill('siauliu');
  await expect(page.getByTestId('result-count')).toHaveText('1 SME');
  await page.getByRole('button', { name: 'Šiaulių duona', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'City' })).toHaveValue('Šiauliai');
  await expect(page.getByRole('textbox', { name: 'Employees' })).toHaveValue('12');
  await expect(page.getByRole('textbox', { name: 'Email, contact 1' })).toHaveValue('ruta@duona.lt');
});

test('search ignores case and diacritics and also finds contacts', async ({ app: page }) => {
  await createSme(page, 'Łódź Logistics', 'Poland');
  await page.getByRole('button', { name: 'Add contact' }).click();
  await page.getByRole('textbox', { name: 'Name, contact 1' }).fill('Zofia Wójcik');
  await saved(page);
  await page.getByRole('link', { name: 'Back to the list of SMEs' }).click();
  await createSme(page, 'Hotel Aurora', 'Bulgaria');
  await page.getByRole('link', { name: 'Back to the list of SMEs' }).click();
  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.fill('LODZ');
  await expect(page.getByRole('button', { name: 'Łódź Logistics', exact: true })).toBeVisible();
  await expect(page.getByTestId('result-count')).toHaveText('1 SME');
  await search.fill('wojcik');
  await expect(page.getByRole('button', { name: 'Łódź Logistics', exact: true })).toBeVisible();
  await search.fill('');
  await expect(page.getByTestId('result-count')).toHaveText('2 SMEs');
  await chooseOption(page, 'Country', 'Bulgaria');
  await expect(page.getByTestId('result-count')).toHaveText('1 SME');
  await expect(page.getByRole('button', { name: 'Hotel Aurora', exact: true })).toBeVisible();
});

test('archive, trash and restore', async ({ app: page }) => {
  await createSme(page, 'Family Hotel Ionia', 'Cyprus');
  await page.getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByRole('button', { name: 'Take out of archive' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the list of SMEs' }).click();
  await expect(page.getByTestId('result-count')).toHaveText('0 SMEs');
  await page.getByText('Archived', { exact: true }).click();
  await page.getByRole('button', { name: 'Family Hotel Ionia', exact: true }).click();
  await page.getByRole('button', { name: 'Move to trash' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'SMEs' })).toBeVisible();
  await page.getByText('Trash', { exact: true }).click();
  await expect(page.getByRole('button', { name: 'Family Hotel Ionia', exact: true })).toBeVisible();
  await expectAccessible(page, 'trash');
  await page.getByRole('button', { name: 'Restore Family Hotel Ionia' }).click();
  await expect(page.getByText('The trash is empty.')).toBeVisible();
  await page.getByText('Archived', { exact: true }).click();
  await expect(page.getByRole('button', { name: 'Family Hotel Ionia', exact: true })).toBeVisible();
});

test('switching the interface language works at once and is kept', async ({ app: page, host }) => {
  await createSme(page, 'Пекарна Марица', 'Bulgaria');
  await chooseOption(page, 'Language', 'Български');
  await expect(page.getByRole('link', { name: 'Настройки' })).toBeVisible();
  await page.getByRole('link', { name: 'Настройки' }).click();
  await expectAccessible(page, 'settings (bg)');
  await host.restart();
  await page.goto(host.url);
  await expect(page.getByRole('link', { name: 'Настройки' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'bg');
});

test.describe('first start in a Latvian browser', () => {
  test.use({ locale: 'lv-LV' });
  test('follows the system language when it is one of the nine', async ({ app: page }) => {
    await expect(page.locator('html')).toHaveAttribute('lang', 'lv');
  });
});

test.describe('first start in a German browser', () => {
  test.use({ locale: 'de-DE' });
  test('falls back to English', async ({ app: page }) => {
    await expect(page.getByRole('button', { name: 'New SME' })).toBeVisible();
  });
});

test('settings keep the facilitator and the content language', async ({ app: page, host }) => {
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('textbox', { name: 'Your name' }).fill('Ieva Ozola');
  await page.getByRole('textbox', { name: 'Organisation' }).fill('Riga Training Centre');
  await saved(page);
  await chooseOption(page, 'Content language', 'Latviešu');
  await expectAccessible(page, 'settings');
  await host.restart();
  await page.goto(host.url);
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('textbox', { name: 'Your name' })).toHaveValue('Ieva Ozola');
  await expect(page.getByRole('textbox', { name: 'Content language' })).toHaveValue('Latviešu');
  await expect(page.getByRole('textbox', { name: 'Interface language' })).toHaveValue('English');
});
