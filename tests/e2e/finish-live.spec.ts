import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { newSme } from './steps';

// Finish in live mode asks first (a stray click must not mark a workshop held), and when the
// process starts later than today the message offers the one date to change.

const localDay = (offset: number) => {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
};

/** A process that starts in a month, and live mode of its workshop 1. */
async function liveBeforeTheStart(page: Page) {
  await newSme(page, 'Šiaulių duona', { type: 'Lith', pick: 'Lithuania' });
  await page.getByRole('button', { name: 'Start a 6x3 process' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start a 6x3 process' });
  await expect(dialog.getByRole('button', { name: 'Start' })).toBeEnabled();
  await dialog.getByRole('textbox', { name: 'Language of the workshops' }).click();
  await page.getByRole('option', { name: 'English' }).click();
  await dialog.getByLabel('Start date').fill(localDay(30));
  await dialog.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('link', { name: /^Workshop 1/ }).click();
}

for (const c of [
  { language: 'English', runLive: 'Run live', finish: 'Finish', title: 'Finish the workshop?', cancel: 'Cancel', confirm: 'Mark as held', message: `This is before the process starts (${localDay(30)}).`, fix: `Start the process on ${localDay(0)} and finish`, held: 'Held' },
  { language: 'Lietuvių', runLive: 'Vesti seminarą', finish: 'Baigti', title: 'Baigti seminarą?', cancel: 'Atšaukti', confirm: 'Pažymėti kaip įvykusį', message: `Tai anksčiau nei proceso pradžia (${localDay(30)}).`, fix: `Pradėti procesą ${localDay(0)} ir baigti`, held: 'Įvykęs' },
]) {
  test(`${c.language}: Finish asks first, and a process that starts later can be moved to today from the message`, async ({ app: page }) => {
    await liveBeforeTheStart(page);
    if (c.language !== 'English') {
      await page.getByRole('textbox', { name: 'Language' }).click();
      await page.getByRole('option', { name: c.language }).click();
    }
    await page.getByRole('link', { name: c.runLive }).click();
    await expect(page.locator('[data-live-block]')).toBeVisible();

    await page.getByRole('button', { name: c.finish, exact: true }).click();
    await page.getByRole('dialog', { name: c.title }).getByRole('button', { name: c.cancel }).click();
    await expect(page.locator('[data-live-block]')).toBeVisible();

    await page.getByRole('button', { name: c.finish, exact: true }).click();
    await page.getByRole('dialog', { name: c.title }).getByRole('button', { name: c.confirm }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(c.message);
    await alert.getByRole('button', { name: c.fix }).click();
    await expect(page.getByRole('link', { name: c.runLive })).toBeVisible();
    await expect(page.getByText(c.held, { exact: true }).first()).toBeVisible();
  });
}
