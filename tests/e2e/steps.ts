import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** A new SME created through the dialog, its country picked from the list; the SME screen opens. */
export async function newSme(page: Page, name: string, country: { type: string; pick: string }) {
  await page.getByRole('button', { name: 'New SME' }).click();
  const dialog = page.getByRole('dialog', { name: 'New SME' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  await dialog.getByRole('textbox', { name: 'Country' }).click();
  await dialog.getByRole('textbox', { name: 'Country' }).fill(country.type);
  await page.getByRole('option', { name: country.pick }).click();
  await dialog.getByRole('button', { name: 'Create' }).click();
}

/**
 * Starts a 6x3 process on the open SME screen with its workshops in `language` (by its name in the
 * menu); answers its id. The specs read the English package, so that is chosen unless a test asks
 * for another, or passes null to keep the dialog's own default (the SME's country's language).
 */
export async function startProcess(page: Page, language: string | null = 'English'): Promise<string> {
  await page.getByRole('button', { name: 'Start a 6x3 process' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start a 6x3 process' });
  // Start waits for the defaults from the settings; choosing after them is what a person does.
  await expect(dialog.getByRole('button', { name: 'Start' })).toBeEnabled();
  if (language) {
    await dialog.getByRole('textbox', { name: 'Language of the workshops' }).click();
    await page.getByRole('option', { name: language }).click();
  }
  await dialog.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('heading', { name: 'The six workshops' })).toBeVisible();
  return /#\/processes\/([0-9a-f-]{36})$/.exec(page.url())![1]!;
}

/** An SME with one process, through the UI; answers the process id. */
export async function smeWithProcess(page: Page, name: string, country: { type: string; pick: string }, language: string | null = 'English'): Promise<string> {
  await newSme(page, name, country);
  return startProcess(page, language);
}

/** Finishes live mode the way a facilitator does: Finish, then confirm that the workshop was held. */
export async function finishLive(page: Page) {
  await page.getByRole('button', { name: 'Finish' }).click();
  await page.getByRole('dialog', { name: 'Finish the workshop?' }).getByRole('button', { name: 'Mark as held' }).click();
}

/** Opens a tab of the strategy screen of a process by its address, as a bookmark or the back button would. */
export async function openTab(page: Page, processId: string, tab: string) {
  await page.goto(page.url().replace(/#.*$/, `#/processes/${processId}/strategy/${tab}`));
  await expect(page.getByRole('tab', { selected: true })).toBeVisible();
}

/** Picks `option` from the drop-down list of the field labelled `field`. */
export async function choose(page: Page, field: string, option: string) {
  await page.getByRole('textbox', { name: field, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/**
 * Types the start of an option into a searchable list and takes it with Enter, as a keyboard user
 * does; the option is waited for first, because a person presses Enter on what the list shows.
 */
export async function pickByTyping(page: Page, field: Locator, typed: string, option: string) {
  await field.focus();
  await page.keyboard.type(typed);
  await expect(page.getByRole('option', { name: option })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(field).toHaveValue(option);
}
