import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { newSme } from './steps';

// Escape in a filter of the SME list clears it: the field is empty and the list shows every SME
// again (before, the field emptied while the list stayed filtered).

for (const c of [
  { language: 'English', nav: 'SMEs', country: 'Country', size: 'Size', latvia: 'Latvia', micro: 'Micro', anyCountry: 'Any country', anySize: 'Any size' },
  { language: 'Lietuvių', nav: 'MVĮ', country: 'Šalis', size: 'Dydis', latvia: 'Latvija', micro: 'Labai maža', anyCountry: 'Bet kuri šalis', anySize: 'Bet koks dydis' },
]) {
  test(`${c.language}: Escape in the Country and Size filters shows every SME again`, async ({ app: page }) => {
    await newSme(page, 'Šiaulių duona', { type: 'Lith', pick: 'Lithuania' });
    await expect(page.getByRole('heading', { level: 2, name: 'Šiaulių duona' })).toBeVisible();
    await page.getByRole('link', { name: 'SMEs', exact: true }).click();
    await newSme(page, 'Rīgas maiznīca', { type: 'Latv', pick: 'Latvia' });
    await expect(page.getByRole('heading', { level: 2, name: 'Rīgas maiznīca' })).toBeVisible();
    if (c.language !== 'English') {
      await page.getByRole('textbox', { name: 'Language' }).click();
      await page.getByRole('option', { name: c.language }).click();
    }
    await page.getByRole('link', { name: c.nav, exact: true }).click();
    const both = async (page: Page) => {
      await expect(page.getByRole('button', { name: 'Šiaulių duona', exact: true })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Rīgas maiznīca', exact: true })).toBeVisible();
    };
    await both(page);

    const country = page.getByRole('textbox', { name: c.country, exact: true });
    await country.focus();
    await page.keyboard.type(c.latvia.slice(0, 4));
    await expect(page.getByRole('option', { name: c.latvia })).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(country).toHaveValue(c.latvia);
    await expect(page.getByRole('button', { name: 'Šiaulių duona', exact: true })).toHaveCount(0);
    await country.focus();
    await page.keyboard.press('Escape');
    await expect(country).toHaveValue('');
    await expect(country).toHaveAttribute('placeholder', c.anyCountry);
    await both(page);

    // Neither SME has a headcount yet: "Micro" shows none, Escape shows both again.
    const size = page.getByRole('textbox', { name: c.size, exact: true });
    await size.focus();
    await page.keyboard.press('ArrowDown');
    await page.getByRole('option', { name: c.micro }).click();
    await expect(size).toHaveValue(c.micro);
    await expect(page.getByRole('button', { name: 'Rīgas maiznīca', exact: true })).toHaveCount(0);
    await size.focus();
    await page.keyboard.press('Escape');
    await expect(size).toHaveValue('');
    await expect(size).toHaveAttribute('placeholder', c.anySize);
    await both(page);
  });
}
