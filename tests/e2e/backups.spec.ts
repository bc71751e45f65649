import type { Page } from '@playwright/test';
import fs from 'node:fs';
import { expect, noSeriousViolations, test } from './fixtures';

const BAKERY = 'Example: Šilo duona family bakery';
const rowsOf = (page: Page, name: string) => page.getByRole('row').filter({ hasText: name });

async function loadExampleAndGoBack(page: Page) {
  await page.getByRole('button', { name: 'Load example' }).click();
  await expect(page.getByRole('heading', { level: 2, name: BAKERY })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the list of SMEs' }).click();
}

test('hand a case file over protected by a passphrase, and import it next to the one here as a copy', async ({ app: page }) => {
  await loadExampleAndGoBack(page);
  await expect(rowsOf(page, BAKERY)).toHaveCount(1);

  await page.getByRole('button', { name: 'Export all case files' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export all case files' });
  await exportDialog.getByLabel('Passphrase (optional)').fill('Šilo duona 2026');
  await exportDialog.getByLabel('Passphrase again').fill('Šilo duona 2025');
  await expect(exportDialog.getByText('The two passphrases are not the same')).toBeVisible();
  await expect(exportDialog.getByRole('button', { name: 'Export with passphrase' })).toBeDisabled();
  await exportDialog.getByLabel('Passphrase again').fill('Šilo duona 2026');
  const download = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Export with passphrase' }).click();
  const file = await (await download).path();
  expect((await download).suggestedFilename()).toMatch(/\.socialsme$/);

  await page.getByRole('button', { name: 'Import case files' }).click();
  const importDialog = page.getByRole('dialog', { name: 'Import case files' });
  await importDialog.locator('input[type=file]').setInputFiles({ name: 'from-a-colleague.socialsme', mimeType: 'application/octet-stream', buffer: fs.readFileSync(file) });
  await expect(importDialog.getByRole('alert')).toHaveText('This file is protected. Type its passphrase.');
  await importDialog.getByLabel('Passphrase (optional)').fill('wrong');
  await importDialog.getByRole('button', { name: 'Open' }).click();
  await expect(importDialog.getByRole('alert')).toHaveText('The passphrase does not open this file. Check it and try again.');
  await importDialog.getByLabel('Passphrase (optional)').fill('Šilo duona 2026');
  await importDialog.getByRole('button', { name: 'Open' }).click();
  await expect(importDialog.getByText('SMEs in the file: 1', { exact: false })).toBeVisible();
  await expect(importDialog.getByText(`Here already as ${BAKERY}`)).toBeVisible();
  await noSeriousViolations(page, 'import preview');
  // Keeping both is offered first; replace and skip are the other choices.
  await expect(importDialog.getByRole('textbox', { name: `What to do with ${BAKERY}` })).toHaveValue('Keep both (import as a copy)');
  await importDialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(importDialog.getByRole('status')).toHaveText('Imported: 1');
  await importDialog.getByRole('button', { name: 'Close' }).last().click();
  await expect(rowsOf(page, BAKERY)).toHaveCount(2);
});

test('back up now, change things, and restore the backup after seeing what it holds', async ({ app: page }) => {
  await loadExampleAndGoBack(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  const backups = page.getByRole('table', { name: 'Backups' });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up now' }).click();
  expect((await download).suggestedFilename()).toMatch(/-manual\.sqlite$/);
  await expect(backups.getByRole('row').filter({ hasText: 'Back up now' })).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Back up now' })).toBeEnabled();
  // Away from the button: the theme's hover shade of a filled button is checked elsewhere, not here.
  await page.mouse.move(0, 0);
  await noSeriousViolations(page, 'settings with backups');

  // After the backup the example is removed for good (Load example opens the one there).
  await page.getByRole('link', { name: 'SMEs' }).click();
  await page.getByRole('button', { name: 'Load example' }).click();
  await page.getByRole('button', { name: 'Remove the example' }).click();
  await page.getByRole('dialog', { name: 'Remove the example?' }).getByRole('button', { name: 'Remove the example' }).click();
  await expect(rowsOf(page, BAKERY)).toHaveCount(0);

  await page.getByRole('link', { name: 'Settings' }).click();
  await backups.getByRole('row').filter({ hasText: 'Back up now' }).getByRole('button', { name: /^Restore the backup of/ }).click();
  const dialog = page.getByRole('dialog', { name: /^Restore / });
  await expect(dialog.getByText('SMEs: 1')).toBeVisible();
  await expect(dialog.getByText('6x3 processes: 1')).toBeVisible();
  await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText('Restored. The state before was backed up');
  await dialog.getByRole('button', { name: 'Close' }).last().click();
  // The state before the restore is in the list, and the case files are the backup's.
  await expect(backups.getByRole('row').filter({ hasText: 'Before a restore' })).toHaveCount(1);
  await page.getByRole('link', { name: 'SMEs' }).click();
  await expect(rowsOf(page, BAKERY)).toHaveCount(1);
});

test('the register and one SME as spreadsheets for a funder', async ({ app: page }) => {
  await page.getByRole('button', { name: 'Load example' }).click();
  await expect(page.getByRole('heading', { level: 2, name: BAKERY })).toBeVisible();
  await page.getByRole('button', { name: 'Spreadsheet' }).click();
  let download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Workbook for Excel (.xlsx)' }).click();
  expect((await download).suggestedFilename()).toMatch(/^Example-Šilo-duona-family-bakery-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const xlsx = fs.readFileSync(await (await download).path());
  expect(xlsx.subarray(0, 2).toString()).toBe('PK');

  await page.getByRole('link', { name: 'Back to the list of SMEs' }).click();
  await page.getByRole('button', { name: 'Spreadsheet' }).click();
  download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Register as CSV (.csv)' }).click();
  const csv = fs.readFileSync(await (await download).path());
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.toString('utf8')).toContain(BAKERY);
});
