import type { Page } from '@playwright/test';
import fs from 'node:fs';
import { pdfText } from '../helpers/pdf-text';
import { expect, noSeriousViolations, test } from './fixtures';
import { finishLive, newSme, startProcess } from './steps';

async function smeWithContacts(page: Page) {
  await newSme(page, 'Šiaulių duona', { type: 'Lith', pick: 'Lithuania' });
  for (const [n, name] of [[1, 'Rūta Petrauskienė'], [2, 'Jonas Kazlauskas']] as const) {
    await page.getByRole('button', { name: 'Add contact' }).click();
    await page.getByRole('textbox', { name: `Name, contact ${n}` }).fill(name);
  }
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
}

/** From the SME to a held workshop 1 with minutes, in the given workshop language. */
/** What the workshop's language names: its guide's title and the worksheet field typed into live. */
const ENGLISH_NAMES = { workshopOne: /^Workshop 1/, definition: 'What SR means for our company' };

async function runWorkshopOne(page: Page, workshopLanguage: string, names = ENGLISH_NAMES) {
  await smeWithContacts(page);
  await startProcess(page, workshopLanguage);
  // The process lists its workshops by their guides' titles, in the workshop language.
  await page.getByRole('link', { name: names.workshopOne }).click();

  await page.getByRole('button', { name: 'Add all contacts' }).click();
  await page.getByRole('checkbox', { name: 'Rūta Petrauskienė present' }).check();
  await expect(page.getByRole('checkbox', { name: 'Rūta Petrauskienė present' })).toBeChecked();

  await page.getByRole('link', { name: 'Run live' }).click();
  const live = page.locator('[data-live-block]');
  await expect(live).toHaveAttribute('data-live-block', 'w1-welcome');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await expect(live).toHaveAttribute('data-live-block', 'w1-what-sr-means');
  const definition = page.getByRole('textbox', { name: names.definition });
  await definition.pressSequentially('Good bread, fair work', { delay: 15 });
  // Reload in the middle of typing: every keystroke is still there, on the same block.
  await page.reload();
  await expect(live).toHaveAttribute('data-live-block', 'w1-what-sr-means');
  await expect(definition).toHaveValue('Good bread, fair work');
  await definition.focus();
  await definition.press('ControlOrMeta+End');
  await definition.pressSequentially(', a living town.', { delay: 15 });
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Next block' }).click();
  await expect(live).toHaveAttribute('data-live-block', 'w1-triggers');
  await noSeriousViolations(page, 'live mode');
  await finishLive(page);

  await expect(page.getByRole('link', { name: 'Run live' })).toBeVisible();
  await expect(page.getByText('Held', { exact: true }).first()).toBeVisible();
  await noSeriousViolations(page, 'workshop record');
  await page.getByRole('button', { name: 'Minutes (PDF)' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-pdf-pages', /^[1-9]\d*$/, { timeout: 30_000 });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a copy' }).click();
  const file = await (await download).path();
  return (await pdfText(fs.readFileSync(file))).text;
}

test('run workshop 1 live and hand over the minutes', async ({ app: page }) => {
  const text = await runWorkshopOne(page, 'English');
  for (const expected of ['MINUTES', 'Šiaulių duona', 'Rūta Petrauskienė – present', 'Jonas Kazlauskas – absent', 'Good bread, fair work, a living town.']) {
    expect(text).toContain(expected);
  }
});

test('the minutes follow the workshop language (Lithuanian) while the interface stays English', async ({ app: page }) => {
  const text = await runWorkshopOne(page, 'Lietuvių', { workshopOne: /^1 seminaras/, definition: 'Ką socialinė atsakomybė reiškia mūsų įmonei' });
  await expect(page.getByRole('button', { name: 'Minutes (PDF)' })).toBeVisible();
  for (const expected of ['PROTOKOLAS', 'Dalyviai', 'Rūta Petrauskienė – dalyvavo', 'Jonas Kazlauskas – nedalyvavo', 'Good bread, fair work, a living town.']) {
    expect(text).toContain(expected);
  }
});

test('adapt the agenda of a workshop, run it live, and find it as held in the minutes', async ({ app: page }) => {
  await smeWithContacts(page);
  await startProcess(page);
  await page.getByRole('link', { name: /^Workshop 1/ }).click();

  const editor = page.locator('[data-agenda-editor]');
  await expect(editor.getByText('As in the guide')).toBeVisible();
  await expect(editor.locator('[data-agenda-total]')).toHaveAttribute('data-agenda-total', '180');
  // The SME wants to talk about its triggers first, skips the break and shows the group round the bakery.
  await editor.getByRole('button', { name: 'Move up: What is pushing us: triggers and concerns' }).click();
  await editor.getByRole('button', { name: 'Move up: What is pushing us: triggers and concerns' }).click();
  await editor.getByRole('button', { name: 'Leave out: Break' }).click();
  await editor.getByRole('textbox', { name: 'Planned minutes: Welcome and the aim of the process' }).fill('5');
  await editor.getByRole('button', { name: 'Add a block' }).click();
  await expect(editor.getByText('Please fill this in.')).toBeVisible();
  await editor.getByRole('textbox', { name: 'Title of block 8' }).fill('Tour of the bakery');
  await editor.getByRole('textbox', { name: 'Planned minutes: Tour of the bakery' }).fill('20');
  await expect(editor.getByText('Adapted')).toBeVisible();
  await expect(editor.locator('[data-agenda-total]')).toHaveAttribute('data-agenda-total', '180');
  await expect(editor.getByText('Planned: 180 of 180 min')).toBeVisible();
  await expect(editor.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await noSeriousViolations(page, 'agenda editor');

  // Stored, not only on screen.
  await page.reload();
  await expect(editor.locator('[data-agenda-row]')).toHaveCount(8);
  await expect(editor.locator('[data-agenda-row]').first()).toContainText('What is pushing us');
  await expect(editor.getByRole('textbox', { name: 'Title of block 8' })).toHaveValue('Tour of the bakery');

  // Live mode follows it; a fake clock lets minutes pass in an instant.
  await page.clock.install();
  await page.getByRole('link', { name: 'Run live' }).click();
  const live = page.locator('[data-live-block]');
  await expect(live).toHaveAttribute('data-live-block', 'w1-triggers');
  await expect(page.getByRole('navigation', { name: 'Agenda' }).getByRole('listitem')).toHaveCount(8);
  await page.keyboard.press('Space');
  await page.clock.fastForward('30:00');
  await page.getByRole('navigation', { name: 'Agenda' }).getByRole('button', { name: /Tour of the bakery/ }).click();
  await expect(page.getByRole('heading', { name: 'Tour of the bakery' })).toBeVisible();
  await page.clock.fastForward('18:00');
  await finishLive(page);

  // The record keeps the minutes each block actually took.
  await expect(page.getByRole('link', { name: 'Run live' })).toBeVisible();
  await expect(editor.getByRole('textbox', { name: 'Minutes actually taken: What is pushing us: triggers and concerns' })).toHaveValue('30');
  await expect(editor.getByRole('textbox', { name: 'Minutes actually taken: Tour of the bakery' })).toHaveValue('18');
  await expect(editor.getByText('Actually taken: 48 min')).toBeVisible();

  await page.getByRole('button', { name: 'Minutes (PDF)' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-pdf-pages', /^[1-9]\d*$/, { timeout: 30_000 });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a copy' }).click();
  const text = (await pdfText(fs.readFileSync(await (await download).path()))).text;
  expect(text).toContain('Agenda as held');
  expect(text).toMatch(/0:00–0:30 30 min \(planned 25\)\s*What is pushing us/);
  // Blocks the clock never ran on are not passed off as held.
  expect(text).toMatch(/— not held \(planned 5\)\s*Welcome and the aim/);
  expect(text).toMatch(/18 min \(planned 20\)\s*Tour of the bakery/);
  expect(text).not.toContain('Break');
});
