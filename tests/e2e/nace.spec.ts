import { expect, noSeriousViolations, test } from './fixtures';
import { newSme } from './steps';
import { call } from './voting-phones';

test('"bake" finds the bakery division in English, a word that matches nothing says so, and the list shows the division', async ({ app: page }) => {
  await newSme(page, 'Rye & Co bakery', { type: 'Irel', pick: 'Ireland' });
  await expect(page.getByRole('heading', { level: 2, name: 'Rye & Co bakery' })).toBeVisible();
  const sector = page.getByRole('textbox', { name: 'Sector (NACE)' });
  await expect(sector).toBeEnabled();
  await sector.click();
  // Sections and their divisions are offered, in the order of the classification.
  await expect(page.getByRole('option', { name: 'C · Manufacturing', exact: true })).toBeVisible();
  await sector.fill('qwxz');
  await expect(page.getByText('Nothing found. Try another word, or the section or division code.')).toBeVisible();
  await sector.fill('bake');
  await expect(page.getByRole('option')).toHaveText(['10 · Manufacture of food products']);
  await noSeriousViolations(page, 'sector search');
  await page.screenshot({ path: test.info().outputPath('sector-bake-en.png') }); // to look at
  await page.getByRole('option', { name: '10 · Manufacture of food products' }).click();
  await expect(sector).toHaveValue('10 · Manufacture of food products');
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

  await page.getByRole('link', { name: 'SMEs' }).first().click();
  await expect(page.getByRole('row', { name: /Rye & Co bakery/ })).toContainText('10 · Manufacture of food products');
});

test('in Lithuanian the search reads Lithuanian words, and a NACE Rev. 2 sector of an older record stays readable', async ({ app: page }) => {
  await call(page, 'settings.update', { uiLanguage: 'lt' });
  const older = await call<{ id: string }>(page, 'smes.create', { name: 'Senoji kepykla', country: 'LT', sector: 'C' });
  await page.evaluate((hash) => (location.hash = hash), `#/smes/${older.id}`);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'lt');
  const sector = page.getByRole('textbox', { name: 'Sektorius (NACE)' });
  await expect(sector).toHaveValue('C · Apdirbamoji gamyba (EVRK 2 red.)');

  await sector.click();
  await sector.fill('kepykl');
  await expect(page.getByRole('option')).toHaveText(['10 · Maisto produktų gamyba']);
  await sector.fill('ąčęxyz');
  await expect(page.getByText('Nieko nerasta. Pabandykite kitą žodį arba sekcijos ar skyriaus kodą.')).toBeVisible();
  await sector.fill('');
  await page.screenshot({ path: test.info().outputPath('sector-list-lt.png') }); // to look at
  await sector.fill('maisto');
  await page.getByRole('option', { name: '10 · Maisto produktų gamyba' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Visi pakeitimai išsaugoti' })).toBeVisible();
  expect(await call<{ sector: string }>(page, 'smes.get', { id: older.id })).toMatchObject({ sector: '2.1:10' });
});
