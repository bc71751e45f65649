import { expect, test } from './fixtures';
import { smeWithProcess } from './steps';

// The next cycle: a warning when the workshops are not all held, a title in one language, a
// report period that is right at once, and the finished cycle marked completed.

const year = (offset: number) => String(new Date().getFullYear() + offset);

for (const c of [
  {
    language: 'English', nextCycle: 'Start the next cycle', early: 'Workshops held in this cycle: 0 of 6.', name: 'Title of the new process', title: `SR strategy ${year(1)}`,
    create: 'Start the cycle', toBeforeFrom: 'The end of the period cannot be before its start.', status: 'Status', completed: 'Completed',
  },
  {
    language: 'Lietuvių', nextCycle: 'Pradėti kitą ciklą', early: 'Šiame cikle įvykę seminarai: 0 iš 6.', name: 'Naujo proceso pavadinimas', title: `Socialinės atsakomybės strategija ${year(1)}`,
    create: 'Pradėti ciklą', toBeforeFrom: 'Laikotarpio pabaiga negali būti ankstesnė už jo pradžią.', status: 'Būsena', completed: 'Baigtas',
  },
]) {
  test(`${c.language}: the next cycle warns, is titled in one language, reports without an error, and completes the last one`, async ({ app: page }) => {
    const processId = await smeWithProcess(page, 'Šiaulių duona', { type: 'Lith', pick: 'Lithuania' });
    if (c.language !== 'English') {
      await page.getByRole('textbox', { name: 'Language' }).click();
      await page.getByRole('option', { name: c.language }).click();
    }
    await page.goto(page.url().replace(/#.*$/, `#/processes/${processId}/strategy`));
    await page.getByRole('button', { name: c.nextCycle }).click();
    const dialog = page.getByRole('dialog', { name: c.nextCycle });
    await expect(dialog.getByText(c.early)).toBeVisible();
    await expect(dialog.getByRole('textbox', { name: c.name })).toHaveValue(c.title);
    await dialog.getByRole('button', { name: c.create }).click();

    // The new cycle starts in a year: its report period is not the wrong way round.
    await expect(page).not.toHaveURL(new RegExp(processId));
    const newId = /#\/processes\/([0-9a-f-]{36})/.exec(page.url())![1]!;
    expect(newId).not.toBe(processId);
    await page.goto(page.url().replace(/#.*$/, `#/processes/${newId}/strategy`));
    await expect(page.locator('[data-strategy]')).toBeVisible();
    await expect(page.getByText(c.toBeforeFrom)).toHaveCount(0);

    await page.goto(page.url().replace(/#.*$/, `#/processes/${processId}`));
    await expect(page.getByRole('textbox', { name: c.status })).toHaveValue(c.completed);
  });
}
