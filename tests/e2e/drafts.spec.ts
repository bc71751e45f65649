import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { finishLive, openTab, smeWithProcess } from './steps';

test.use({ viewport: { width: 1024, height: 768 } });

const status = (scope: ReturnType<Page['locator']>) => scope.getByRole('status');
const notYet = 'Not saved yet: correct the marked fields';

test('stakeholder and review rows keep what was typed through a reload, and are stored once it is valid', async ({ app: page }) => {
  test.setTimeout(120_000);
  const processId = await smeWithProcess(page, 'Piekarnia Nowak', { type: 'Pol', pick: 'Poland' });
  await openTab(page, processId, 'stakeholders');

  // One stakeholder stored, then its name cleared while its expectations change: not sendable.
  await page.getByRole('button', { name: 'Add a stakeholder' }).click();
  const council = page.getByRole('group', { name: /^Stakeholder 1:/ });
  await council.getByRole('textbox', { name: 'Name' }).fill('Town council');
  await expect(status(council)).toHaveText('All changes saved');
  await council.getByRole('textbox', { name: 'What they expect from the SME' }).fill('Support for the market');
  await council.getByRole('textbox', { name: 'Name' }).fill('');
  await expect(status(council)).toHaveText(notYet);
  // A new one with expectations but no name yet.
  await page.getByRole('button', { name: 'Add a stakeholder' }).click();
  const staff = page.getByRole('group', { name: /^Stakeholder 2:/ });
  await staff.getByRole('textbox', { name: 'What they expect from the SME' }).fill('Fair wages and training');
  await expect(status(staff)).toHaveText(notYet);

  await page.reload();
  await expect(page.getByRole('group', { name: /^Stakeholder \d:/ })).toHaveCount(2);
  await expect(council.getByRole('textbox', { name: 'Name' })).toHaveValue('');
  await expect(council.getByRole('textbox', { name: 'What they expect from the SME' })).toHaveValue('Support for the market');
  await expect(council.getByText('Please fill this in.')).toBeVisible();
  await expect(staff.getByRole('textbox', { name: 'What they expect from the SME' })).toHaveValue('Fair wages and training');

  // Corrected: both are stored, each once.
  await council.getByRole('textbox', { name: 'Name' }).fill('Town council');
  await expect(status(council)).toHaveText('All changes saved');
  await staff.getByRole('textbox', { name: 'Name' }).fill('Bakery staff');
  await expect(status(staff)).toHaveText('All changes saved');
  await page.reload();
  await expect(page.getByRole('group', { name: /^Stakeholder \d:/ })).toHaveCount(2);
  await expect(page.getByRole('group', { name: 'Stakeholder 1: Town council' }).getByRole('textbox', { name: 'What they expect from the SME' })).toHaveValue('Support for the market');
  await expect(page.getByRole('group', { name: 'Stakeholder 2: Bakery staff' }).getByRole('textbox', { name: 'What they expect from the SME' })).toHaveValue('Fair wages and training');
  await expect(page.getByRole('status')).toHaveCount(2);

  // A review whose next date comes before it waits on this computer, and is there after a reload.
  await openTab(page, processId, 'reviews');
  await page.getByRole('button', { name: 'Add a review meeting' }).click();
  const review = page.getByRole('group', { name: /^Review of/ }).first();
  await review.getByRole('textbox', { name: 'Findings' }).fill('Rye bread sells out by noon.');
  await review.getByLabel('Next review on').fill('2001-01-01');
  await expect(status(review)).toHaveText(notYet);
  await page.reload();
  await expect(review.getByRole('textbox', { name: 'Findings' })).toHaveValue('Rye bread sells out by noon.');
  await expect(review.getByLabel('Next review on')).toHaveValue('2001-01-01');
  await expect(review.getByText('The next review must come after this one.')).toBeVisible();
  await review.getByLabel('Next review on').fill('2099-06-01');
  await expect(status(review)).toHaveText('All changes saved');
  await page.reload();
  await expect(review.getByRole('textbox', { name: 'Findings' })).toHaveValue('Rye bread sells out by noon.');
  await expect(review.getByLabel('Next review on')).toHaveValue('2099-06-01');
});

test('an agenda draft still waiting does not overwrite the minutes live mode recorded', async ({ app: page }) => {
  await smeWithProcess(page, 'Kepykla Rūta', { type: 'Lith', pick: 'Lithuania' });
  await page.getByRole('link', { name: /^Workshop 1/ }).click();
  const editor = page.locator('[data-agenda-editor]');
  const planned = editor.getByRole('textbox', { name: 'Planned minutes: Welcome and the aim of the process' });
  const guideMinutes = await planned.inputValue();
  // Half typed, so it waits on this computer.
  await planned.fill('');
  await expect(status(editor)).toHaveText(notYet);

  await page.clock.install();
  await page.getByRole('link', { name: 'Run live' }).click();
  await expect(page.locator('[data-live-block]')).toHaveAttribute('data-live-block', 'w1-welcome');
  await page.keyboard.press('Space');
  await page.clock.fastForward('30:00');
  await finishLive(page);

  // The record as live mode left it, not the older draft; and the facilitator is told so.
  await expect(page.getByRole('link', { name: 'Run live' })).toBeVisible();
  await expect(page.getByText('Changes typed earlier on this computer were not applied')).toBeVisible();
  await expect(editor.getByRole('textbox', { name: 'Minutes actually taken: Welcome and the aim of the process' })).toHaveValue('30');
  await expect(planned).toHaveValue(guideMinutes);
  await page.reload();
  await expect(editor.getByRole('textbox', { name: 'Minutes actually taken: Welcome and the aim of the process' })).toHaveValue('30');
});

test('deleting an SME for good also clears what was kept of it on this computer', async ({ app: page }) => {
  const processId = await smeWithProcess(page, 'Pekarna Horvat', { type: 'Lith', pick: 'Lithuania' });
  const kept = () => page.evaluate(() => Object.keys((globalThis as unknown as { localStorage: object }).localStorage).filter((k) => k.startsWith('socialsme.')));
  // A half-typed review and a half-typed SME form, both waiting on this computer.
  await openTab(page, processId, 'reviews');
  await page.getByRole('button', { name: 'Add a review meeting' }).click();
  const review = page.getByRole('group', { name: /^Review of/ }).first();
  await review.getByLabel('Next review on').fill('2001-01-01');
  await expect(status(review)).toHaveText(notYet);
  await page.getByRole('link', { name: /^Back to/ }).click();
  await page.getByRole('link', { name: /^Back to/ }).click();
  await page.getByRole('textbox', { name: 'Name' }).fill('');
  await expect(page.getByRole('status').filter({ hasText: notYet })).toBeVisible();
  expect(await kept()).toHaveLength(2);

  await page.getByRole('button', { name: 'Move to trash' }).click();
  await page.getByText('Trash', { exact: true }).click();
  await page.getByRole('button', { name: 'Delete Pekarna Horvat for good' }).click();
  await page.getByRole('dialog', { name: 'Delete for good?' }).getByRole('button', { name: 'Delete for good' }).click();
  await expect(page.getByText('The trash is empty.')).toBeVisible();
  expect(await kept()).toEqual([]);
});
