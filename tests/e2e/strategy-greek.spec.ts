import fs from 'node:fs';
import { pdfText } from '../helpers/pdf-text';
import { expect, test } from './fixtures';
import { smeWithProcess } from './steps';

test('the SR strategy PDF follows the workshop language (Greek) while the interface stays English', async ({ app: page }) => {
  test.setTimeout(90_000);
  await smeWithProcess(page, 'Φούρνος Λεμεσού', { type: 'Cyp', pick: 'Cyprus' }, 'Ελληνικά');

  await page.getByRole('link', { name: 'SR strategy and monitoring' }).click();
  await page.getByRole('tab', { name: 'Objectives' }).click();
  const add = page.getByRole('form', { name: 'New objective' });
  await add.getByRole('textbox', { name: 'Objective' }).fill('Λιγότερα απορρίμματα ψωμιού');
  await add.getByRole('button', { name: 'Add objective' }).click();
  await expect(page.getByRole('group', { name: 'Objective: Λιγότερα απορρίμματα ψωμιού' })).toBeVisible();

  await page.getByRole('tab', { name: 'Overview and reports' }).click();
  await page.getByRole('region', { name: 'Reports' }).getByRole('button', { name: 'SR strategy (PDF)' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-pdf-pages', /^[1-9]\d*$/, { timeout: 30_000 });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a copy' }).click();
  const text = (await pdfText(fs.readFileSync(await (await download).path()))).text;
  // Greek captions (capitals without accents, as Greek writes them), the SME's own words, and no English captions.
  for (const expected of ['ΣΤΡΑΤΗΓΙΚΗ ΚΟΙΝΩΝΙΚΗΣ ΕΥΘΥΝΗΣ', 'Φούρνος Λεμεσού', 'Όραμα', 'Στρατηγικός χάρτης', 'Λιγότερα απορρίμματα ψωμιού']) {
    expect(text).toContain(expected);
  }
  expect(text).not.toContain('Strategy map');
  await expect(page.getByRole('tab', { name: 'Overview and reports' })).toBeVisible();
});
