import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { newSme, pickByTyping } from './steps';

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
    // Escape in a filter: the field is empty, shows its "Any …" placeholder, and the list every SME.
    const escapeShowsAll = async (field: Locator, placeholder: string) => {
      await field.focus();
      await page.keyboard.press('Escape');
      await expect(field).toHaveValue('');
      await expect(field).toHaveAttribute('placeholder', placeholder);
      await both(page);
    };

    const country = page.getByRole('textbox', { name: c.country, exact: true });
    await pickByTyping(page, country, c.latvia.slice(0, 4), c.latvia);
    await expect(page.getByRole('button', { name: 'Šiaulių duona', exact: true })).toHaveCount(0);
    await escapeShowsAll(country, c.anyCountry);

    // Neither SME has a headcount yet: "Micro" shows none, Escape shows both again.
    const size = page.getByRole('textbox', { name: c.size, exact: true });
    await size.focus();
    await page.keyboard.press('ArrowDown');
    await page.getByRole('option', { name: c.micro }).click();
    await expect(size).toHaveValue(c.micro);
    await expect(page.getByRole('button', { name: 'Rīgas maiznīca', exact: true })).toHaveCount(0);
    await escapeShowsAll(size, c.anySize);
  });
}
