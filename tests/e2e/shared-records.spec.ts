import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { smeWithProcess } from './steps';

// What the worksheets and the strategy share is one record: the stakeholder map of workshop 2
// shows (and edits) the strategy's stakeholders, so nothing is typed twice.

async function interfaceLanguage(page: Page, language: string) {
  await page.getByRole('textbox', { name: 'Language' }).click();
  await page.getByRole('option', { name: language }).click();
}

async function openStakeholderMap(page: Page, processId: string) {
  await page.goto(page.url().replace(/#.*$/, `#/processes/${processId}`));
  await page.getByRole('link', { name: /^Workshop 2/ }).click();
  await page.getByRole('button', { name: 'Stakeholder map', exact: true }).click();
  return page.getByRole('group', { name: 'Our key stakeholders' });
}

test('the example: the stakeholder map and the Stakeholders tab show the same stakeholders', async ({ app: page }) => {
  await page.getByRole('button', { name: 'Load example' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Example: Šilo duona family bakery' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('link', { name: 'SR strategy and monitoring' }).click();
  const processId = /#\/processes\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  const names = ['Night-shift bakers and production staff (12)', 'Drivers and packers (4)', 'Kėdainiai food bank'];
  const map = await openStakeholderMap(page, processId);
  for (const name of names) await expect(map.getByRole('textbox', { name: 'Name' }).and(page.locator(`[value="${name}"]`))).toHaveCount(1);
  await map.getByRole('link', { name: 'Open “Stakeholders” in the strategy' }).click();
  await expect(page.getByRole('tab', { name: 'Stakeholders', selected: true })).toBeVisible();
  for (const name of names) await expect(page.getByRole('textbox', { name: 'Name' }).and(page.locator(`[value="${name}"]`))).toHaveCount(1);
  await expect(page.locator('[data-stakeholder]')).toHaveCount(12);
});

for (const c of [
  { language: 'English', add: 'Add a stakeholder', name: 'Name', saved: 'All changes saved', tab: 'Stakeholders', link: 'Open “Stakeholders” in the strategy' },
  { language: 'Lietuvių', add: 'Pridėti suinteresuotąją šalį', name: 'Pavadinimas', saved: 'Visi pakeitimai išsaugoti', tab: 'Suinteresuotosios šalys', link: 'Atverti „Suinteresuotosios šalys“ strategijoje' },
]) {
  test(`${c.language}: a stakeholder added on the stakeholder map is the strategy's stakeholder`, async ({ app: page }) => {
    // The workshops are held in English whatever the interface language, so their titles are stable.
    const processId = await smeWithProcess(page, 'Šiaulių duona', { type: 'Lith', pick: 'Lithuania' }, 'English');
    if (c.language !== 'English') await interfaceLanguage(page, c.language);
    const map = await openStakeholderMap(page, processId);
    await map.getByRole('button', { name: c.add }).click();
    await map.getByRole('textbox', { name: c.name }).fill('Kėdainiai food bank');
    await map.getByRole('textbox', { name: c.name }).blur();
    await expect(map.getByRole('status').filter({ hasText: c.saved })).toBeVisible();
    await map.getByRole('link', { name: c.link }).click();
    await expect(page.getByRole('tab', { name: c.tab, selected: true })).toBeVisible();
    await expect(page.getByRole('textbox', { name: c.name })).toHaveValue('Kėdainiai food bank');
  });
}

test('the example: the learning needs show the learning plan and the indicators worksheet the strategy’s indicators', async ({ app: page }) => {
  await page.getByRole('button', { name: 'Load example' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Example: Šilo duona family bakery' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('link', { name: 'SR strategy and monitoring' }).click();
  const processId = /#\/processes\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  await page.getByRole('tab', { name: 'Indicators' }).click();
  // The example's nine indicators, one record each.
  const indicators = 9;
  await expect(page.locator('[data-indicator]')).toHaveCount(indicators);

  await page.goto(page.url().replace(/#.*$/, `#/processes/${processId}`));
  await page.getByRole('link', { name: /^Workshop 5/ }).click();
  await page.getByRole('button', { name: 'Indicators, baselines and targets', exact: true }).click();
  const sheet = page.getByRole('group', { name: 'Our indicators' });
  await expect(sheet.locator('[data-indicator]')).toHaveCount(indicators);
  await expect(sheet.getByRole('heading', { name: 'Customer complaints per month' })).toBeVisible();
  // Live mode shows (and edits) the same records in the indicators block.
  await page.getByRole('link', { name: 'Run live' }).click();
  await expect(page.locator('[data-live-block]')).toHaveAttribute('data-live-block', 'w5-welcome');
  for (const block of ['w5-candidates', 'w5-action-plan', 'w5-break', 'w5-reality-check', 'w5-indicators']) {
    await page.getByRole('button', { name: 'Next block' }).click();
    await expect(page.locator('[data-live-block]')).toHaveAttribute('data-live-block', block);
  }
  await expect(page.locator('[data-live-block]')).toHaveAttribute('data-live-block', 'w5-indicators');
  await expect(page.getByRole('group', { name: 'Our indicators' }).locator('[data-indicator]')).toHaveCount(indicators);
  await expect(page.getByRole('group', { name: 'Our indicators' }).getByRole('button', { name: 'Edit: Customer complaints per month' })).toBeVisible();

  await page.goto(page.url().replace(/#.*$/, `#/processes/${processId}`));
  await page.getByRole('link', { name: /^Workshop 4/ }).click();
  await page.getByRole('button', { name: 'Learning needs of staff and managers', exact: true }).click();
  const needs = page.getByRole('group', { name: 'Learning needs' });
  await expect(needs.locator('[data-learning-plan] [data-learning-row]')).toHaveCount(4);
  await expect(needs.getByText('Mantas and Eglė, bakers on the night shift')).toBeVisible();
  await expect(needs.getByRole('link', { name: 'Open “Action plan” in the strategy' })).toBeVisible();
});

for (const c of [
  { language: 'English', title: 'Title of the new learning activity', add: 'Add learning activity', link: 'Open “Action plan” in the strategy', tab: 'Action plan', learningView: 'Learning plan (1)' },
  { language: 'Lietuvių', title: 'Naujos mokymosi veiklos pavadinimas', add: 'Pridėti mokymosi veiklą', link: 'Atverti „Veiksmų planas“ strategijoje', tab: 'Veiksmų planas', learningView: 'Mokymosi planas (1)' },
]) {
  test(`${c.language}: a learning activity added on the learning needs worksheet is in the strategy's learning plan`, async ({ app: page }) => {
    const processId = await smeWithProcess(page, 'Šiaulių duona', { type: 'Lith', pick: 'Lithuania' }, 'English');
    if (c.language !== 'English') await interfaceLanguage(page, c.language);
    await page.goto(page.url().replace(/#.*$/, `#/processes/${processId}`));
    await page.locator('a[href*="#/workshops/"]').nth(3).click();
    await page.getByRole('button', { name: 'Learning needs of staff and managers', exact: true }).click();
    const needs = page.getByRole('group', { name: 'Learning needs' });
    await needs.getByRole('textbox', { name: c.title }).fill('Rye sourdough for Mantas and Eglė');
    await needs.getByRole('button', { name: c.add }).click();
    await expect(needs.locator('[data-activity]')).toHaveCount(1);
    await needs.getByRole('link', { name: c.link }).click();
    await expect(page.getByRole('tab', { name: c.tab, selected: true })).toBeVisible();
    await page.getByText(c.learningView).click();
    await expect(page.locator('[data-learning-row]')).toHaveCount(1);
    await expect(page.locator('[data-learning-row]')).toContainText('Rye sourdough for Mantas and Eglė');
  });
}
