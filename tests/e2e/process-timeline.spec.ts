import { expect, test } from './fixtures';
import { smeWithProcess } from './steps';

// The workshop timeline does not say "Planned" beside "Not planned yet", and homework whose due
// date has passed is flagged as overdue, as overdue activities are.

for (const c of [
  { language: 'English', planned: 'Planned', notPlanned: 'Not planned yet', workshop: /^Workshop 1/, addTask: 'Add a task', task: 'Task 1', due: 'Task 1 by when', overdue: 'Overdue', count: '1 overdue' },
  { language: 'Lietuvių', planned: 'Suplanuotas', notPlanned: 'Dar nesuplanuotas', workshop: /^Workshop 1/, addTask: 'Pridėti užduotį', task: 'Užduotis Nr. 1', due: 'Iki kada atlikti užduotį Nr. 1', overdue: 'Vėluoja', count: '1 vėluoja' },
]) {
  test(`${c.language}: no "planned" badge without a date, and overdue homework flagged on the workshop and the timeline`, async ({ app: page }) => {
    const processId = await smeWithProcess(page, 'Šiaulių duona', { type: 'Lith', pick: 'Lithuania' });
    if (c.language !== 'English') {
      await page.getByRole('textbox', { name: 'Language' }).click();
      await page.getByRole('option', { name: c.language }).click();
    }
    const timeline = page.locator('.mantine-Timeline-root');
    await expect(timeline.getByText(c.notPlanned).first()).toBeVisible();
    await expect(timeline.getByText(c.planned, { exact: true })).toHaveCount(0);

    await page.getByRole('link', { name: c.workshop }).click();
    await page.getByRole('button', { name: c.addTask }).click();
    await page.getByRole('textbox', { name: c.task, exact: true }).fill('Collect last year’s complaints');
    await page.getByLabel(c.due, { exact: true }).fill('2020-01-15');
    await page.getByLabel(c.due, { exact: true }).blur();
    await expect(page.getByText(c.overdue, { exact: true })).toBeVisible();

    await page.goto(page.url().replace(/#.*$/, `#/processes/${processId}`));
    await expect(timeline.getByText(c.count, { exact: true })).toBeVisible();
  });
}
