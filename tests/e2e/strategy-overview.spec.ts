import type { Page } from '@playwright/test';
import fs from 'node:fs';
import { pdfText } from '../helpers/pdf-text';
import { expect, noSeriousViolations, test } from './fixtures';

const saved = (scope: ReturnType<Page['locator']>) => expect(scope.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

test('explore the example: dashboard, vision, reviews and the strategy PDF', async ({ app: page }) => {
  // Loading the example, four axe runs and a PDF take longer than a plain screen test.
  test.setTimeout(120_000);
  await page.getByRole('button', { name: 'Load example' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Example: Šilo duona family bakery' })).toBeVisible({ timeout: 30_000 });

  // The dashboard: every perspective's light in words, and the overdue activities.
  const dashboard = page.getByRole('region', { name: /^Strategy at a glance/ });
  const scorecard = dashboard.getByRole('table', { name: 'Scorecard by perspective' });
  for (const perspective of ['Business results', 'Stakeholders and customers', 'Internal processes', 'Learning and growth']) {
    await expect(scorecard.getByRole('row', { name: new RegExp(`^${perspective} (On track|Behind|Off track|Not measured yet) `) })).toBeVisible();
  }
  await expect(scorecard).toContainText(/(On track|Behind|Off track): \d/);
  const overdue = dashboard.getByRole('list', { name: 'Overdue activities' });
  await expect(overdue.getByRole('listitem').filter({ hasText: 'Skills board for the twelve key production tasks' })).toContainText('Tomas Jankauskas');
  await noSeriousViolations(page, 'SME screen');

  // The vision, saved as typed and there after a reload.
  await dashboard.getByRole('link', { name: 'SR strategy and monitoring' }).click();
  await expect(page.getByRole('tab', { name: 'Overview and reports', selected: true })).toBeVisible();
  const vision = page.getByRole('region', { name: 'Vision and review routine' });
  await vision.getByRole('textbox', { name: 'SR vision' }).fill('The bakery of the town, where bakers like to stay.');
  await saved(vision);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'SR vision' })).toHaveValue('The bakery of the town, where bakers like to stay.');
  await expect(page.getByRole('region', { name: 'Where the strategy stands' })).toContainText(/\d overdue/);
  await noSeriousViolations(page, 'strategy overview');

  // A progress report period the wrong way round is refused at the field.
  const reports = page.getByRole('region', { name: 'Reports' });
  await reports.getByLabel('From').fill('2099-01-01');
  await expect(reports.getByText('The end of the period cannot be before its start.')).toBeVisible();
  await reports.getByLabel('From').fill('2020-01-01');
  await expect(reports.getByText('The end of the period cannot be before its start.')).toBeHidden();

  await reports.getByRole('button', { name: 'SR strategy (PDF)' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-pdf-pages', /^[1-9]\d*$/, { timeout: 30_000 });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a copy' }).click();
  const text = (await pdfText(fs.readFileSync(await (await download).path()))).text;
  expect(text).toContain('Šilo duona');
  expect(text).toContain('Lower the cost of staff turnover and waste');

  // A review whose next date comes before it is marked at the field, then corrected.
  await page.getByRole('tab', { name: 'Reviews' }).click();
  await expect(page.getByRole('region', { name: 'Next review' })).toContainText(/Planned for/);
  // The new review comes first once the app has stored it; until then the first is the example's.
  const before = await page.getByRole('group', { name: /^Review of/ }).count();
  await page.getByRole('button', { name: 'Add a review meeting' }).click();
  await expect(page.getByRole('group', { name: /^Review of/ })).toHaveCount(before + 1);
  const review = page.getByRole('group', { name: /^Review of/ }).first();
  await expect(review.getByLabel('Held on')).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  await review.getByRole('textbox', { name: 'Findings' }).fill('Rye bread sells out by noon.');
  await review.getByLabel('Next review on').fill('2001-01-01');
  await expect(review.getByText('The next review must come after this one.')).toBeVisible();
  await expect(review.getByRole('status')).toHaveText('Not saved yet: correct the marked fields');
  await review.getByLabel('Next review on').fill('2099-06-01');
  await expect(review.getByText('The next review must come after this one.')).toBeHidden();
  await saved(review);
  await noSeriousViolations(page, 'reviews');

  await page.reload();
  // Today's review is the newest, so it comes first.
  const again = page.getByRole('group', { name: /^Review of/ }).first();
  await expect(again.getByRole('textbox', { name: 'Findings' })).toHaveValue('Rye bread sells out by noon.');
  await expect(again.getByLabel('Next review on')).toHaveValue('2099-06-01');

  // The next cycle starts after this one and carries the vision forward.
  await page.getByRole('tab', { name: 'Overview and reports' }).click();
  await page.getByRole('button', { name: 'Start the next cycle' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start the next cycle' });
  const start = dialog.getByLabel('Start date of the new cycle');
  const proposed = await start.inputValue();
  // One language: the interface's default title for the year the new cycle starts.
  await expect(dialog.getByRole('textbox', { name: 'Title of the new process' })).toHaveValue(`SR strategy ${proposed.slice(0, 4)}`);
  await start.fill('2000-01-01');
  await dialog.getByRole('button', { name: 'Start the cycle' }).click();
  await expect(dialog.getByText('The new cycle must start after the previous one.')).toBeVisible();
  await start.fill(proposed);
  await dialog.getByRole('button', { name: 'Start the cycle' }).click();
  await expect(page.getByRole('heading', { level: 2, name: `SR strategy ${proposed.slice(0, 4)}` })).toBeVisible();
  await page.getByRole('link', { name: 'SR strategy and monitoring' }).click();
  await expect(page.getByRole('textbox', { name: 'SR vision' })).toHaveValue('The bakery of the town, where bakers like to stay.');
});
