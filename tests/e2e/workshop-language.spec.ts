import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { newSme } from './steps';

// The workshops of a new process are held in the language of the SME's country when the package
// has it; otherwise in the content language of the settings (English here).

async function languageProposed(page: Page, dialogName: string, startLabel: string, field: string) {
  await page.getByRole('button', { name: dialogName }).click();
  const dialog = page.getByRole('dialog', { name: dialogName });
  await expect(dialog.getByRole('button', { name: startLabel })).toBeEnabled();
  return dialog.getByRole('textbox', { name: field });
}

test('English: a Lithuanian SME’s workshops default to Lithuanian, a French SME’s to the settings’ English', async ({ app: page }) => {
  await newSme(page, 'Šiaulių duona', { type: 'Lith', pick: 'Lithuania' });
  await expect(await languageProposed(page, 'Start a 6x3 process', 'Start', 'Language of the workshops')).toHaveValue('Lietuvių');
  await page.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('link', { name: 'SMEs', exact: true }).click();
  await newSme(page, 'Boulangerie Martin', { type: 'Fran', pick: 'France' });
  await expect(await languageProposed(page, 'Start a 6x3 process', 'Start', 'Language of the workshops')).toHaveValue('English');
});

test('Lithuanian interface: a Latvian SME’s workshops default to Latvian, and the choice is the facilitator’s to change', async ({ app: page }) => {
  await newSme(page, 'Maiznīca Liepa', { type: 'Latv', pick: 'Latvia' });
  await page.getByRole('textbox', { name: 'Language' }).click();
  await page.getByRole('option', { name: 'Lietuvių' }).click();
  const language = await languageProposed(page, 'Pradėti 6x3 procesą', 'Pradėti', 'Seminarų kalba');
  await expect(language).toHaveValue('Latviešu');
  await language.click();
  await page.getByRole('option', { name: 'English' }).click();
  await page.getByRole('dialog', { name: 'Pradėti 6x3 procesą' }).getByRole('button', { name: 'Pradėti' }).click();
  await expect(page.getByRole('link', { name: /^Workshop 1/ })).toBeVisible();
});
