import type { Page } from '@playwright/test';
import { expect, noSeriousViolations, test } from './fixtures';
import { choose, openTab, smeWithProcess } from './steps';

// The narrow window a facilitator's laptop may give the app.
test.use({ viewport: { width: 1024, height: 768 } });

test('an indicator kept within a range: refused without its upper end, then lit as the glossary says', async ({ app: page }) => {
  test.slow(); // a long walk through the UI with an accessibility check
  const processId = await smeWithProcess(page, 'Kepykla Rūta', { type: 'Lith', pick: 'Lithuania' });
  await openTab(page, processId, 'objectives');
  const newObjective = page.getByRole('form', { name: 'New objective' });
  await newObjective.getByRole('combobox', { name: 'Perspective' }).selectOption({ label: 'Internal processes' });
  await newObjective.getByRole('textbox', { name: 'Objective', exact: true }).fill('Safe food every day');
  await newObjective.getByRole('button', { name: 'Add objective' }).click();
  await expect(page.getByRole('group', { name: 'Objective: Safe food every day' })).toBeVisible();

  await page.getByRole('tab', { name: 'Indicators' }).click();
  await page.getByRole('button', { name: 'Add indicator: Safe food every day' }).click();
  const form = page.getByRole('form', { name: 'New indicator' });
  await form.getByRole('textbox', { name: 'Name' }).fill('Cold room temperature');
  await form.getByRole('textbox', { name: 'Unit' }).fill('°C');
  await choose(page, 'Direction', 'Keep at a level');
  await choose(page, 'How the level is held', 'Within a range');
  await form.getByRole('textbox', { name: 'Baseline', exact: true }).fill('3');
  await form.getByRole('textbox', { name: 'Lowest value of the range', exact: true }).fill('2');
  await form.getByRole('button', { name: 'Add' }).click();
  // A range needs both ends: the form asks for the upper one and adds nothing; what was typed stays.
  const highest = form.getByRole('textbox', { name: 'Highest value of the range', exact: true });
  expect(await highest.evaluate((input) => (input as unknown as { validity: { valueMissing: boolean } }).validity.valueMissing)).toBe(true);
  await expect(page.getByRole('region', { name: 'Cold room temperature' })).toHaveCount(0);
  await expect(form.getByRole('textbox', { name: 'Name' })).toHaveValue('Cold room temperature');
  await highest.fill('1');
  await form.getByRole('button', { name: 'Add' }).click();
  await expect(form.getByText('The highest value must not be below the lowest.')).toBeVisible();
  await form.getByRole('textbox', { name: 'Highest value of the range', exact: true }).fill('4');
  await form.getByRole('button', { name: 'Add' }).click();

  const indicator = page.getByRole('region', { name: 'Cold room temperature' });
  await expect(indicator).toContainText('Keep at a level');
  await expect(indicator.locator('[data-target]')).toContainText('between 2 °C and 4 °C');
  const light = indicator.locator('[data-light]');
  // In range: green. One reading outside: amber, never red on a single move. Two in a row outside: red.
  for (const [date, value, expected, words] of [
    ['2025-02-01', '3', 'green', 'At the level.'],
    ['2025-03-01', '5', 'amber', 'Outside the level.'],
    ['2025-04-01', '1.5', 'red', 'Outside the level.'],
    ['2025-05-01', '3.5', 'green', 'At the level.'],
  ] as const) {
    await indicator.getByLabel('Date measured', { exact: true }).fill(date);
    await indicator.getByRole('textbox', { name: 'Value measured (°C)' }).fill(value);
    await indicator.getByRole('button', { name: 'Add measurement' }).click();
    await expect(indicator.getByRole('textbox', { name: 'Value measured (°C)' })).toHaveValue('');
    await expect(light, `${value} °C`).toHaveAttribute('data-light', expected);
    await expect(indicator.locator('[data-progress]')).toHaveText(words);
  }
  // The date of a kept indicator is how long the level is held: passing it (2025 is long gone) turns nothing red.
  await expect(indicator.getByText('On track')).toBeVisible();
  await noSeriousViolations(page, 'kept indicator');

  // Stored with its kind and range, not only on screen.
  await page.reload();
  await expect(light).toHaveAttribute('data-light', 'green');
  await expect(indicator.locator('[data-target]')).toContainText('between 2 °C and 4 °C');
  await indicator.getByRole('button', { name: 'Edit: Cold room temperature' }).click();
  await expect(page.getByRole('textbox', { name: 'How the level is held', exact: true })).toHaveValue('Within a range');
  await expect(page.getByRole('textbox', { name: 'Highest value of the range', exact: true })).toHaveValue('4');
  // Held at most at 4 °C instead: the range's upper end goes, and the light is computed again.
  await choose(page, 'How the level is held', 'At most');
  await page.getByRole('textbox', { name: 'Level', exact: true }).fill('4');
  await expect(indicator.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await indicator.getByRole('button', { name: 'Done' }).click();
  await expect(indicator.locator('[data-target]')).toContainText('at most 4 °C');
  await expect(light).toHaveAttribute('data-light', 'green');
  await page.reload();
  await expect(indicator.locator('[data-target]')).toContainText('at most 4 °C');
});

const statement = (page: Page, start: string) => page.getByRole('radiogroup', { name: new RegExp(`^${start}`) });
async function rate(page: Page, start: string, score: number) {
  const group = statement(page, start);
  await group.locator('label').filter({ has: page.getByText(new RegExp(`^${score}: `)) }).click();
  await expect(group.getByRole('radio', { name: new RegExp(`^${score}: `) })).toBeChecked();
}

test('individual scores beside the agreed ones, and where the participants differ most', async ({ app: page }) => {
  test.slow(); // two reloads and an accessibility scan of a long page
  const processId = await smeWithProcess(page, 'Kepykla Rūta', { type: 'Lith', pick: 'Lithuania' });
  await openTab(page, processId, 'evaluation');
  await page.getByRole('button', { name: 'Add self-evaluation' }).click();
  await rate(page, '1\\. We know roughly', 3);

  const people = page.getByRole('region', { name: 'Individual scores (optional)' });
  const scores = people.getByRole('table', { name: 'Scores of each participant' });
  await people.getByRole('button', { name: 'Add a participant' }).click();
  await people.getByRole('textbox', { name: 'Participant 1: name (optional)' }).fill('Ona');
  await people.getByRole('textbox', { name: 'Participant 1: name (optional)' }).blur();
  await expect(scores.getByRole('columnheader', { name: 'Ona' })).toBeVisible();
  await people.getByRole('button', { name: 'Add a participant' }).click();
  // The second stays anonymous: a number, no name.
  await expect(scores.getByRole('columnheader', { name: 'Participant 2' })).toBeVisible();

  const score = async (who: string, n: number, value: string) => {
    const select = scores.getByRole("combobox", { name: `Score of ${who} for statement ${n}`, exact: true });
    await select.selectOption(value);
    await expect(select).toHaveValue(value);
  };
  await score('Ona', 1, '1');
  await score('Ona', 2, '3');
  await score('Ona', 13, '2');
  await expect(people.getByText('The spread shows once two participants have scored.')).toBeVisible();
  await score('Participant 2', 1, '5');
  await score('Participant 2', 2, '4');
  await score('Participant 2', 13, '2');

  // The agreed score is untouched by the participants' own.
  await expect(statement(page, '1\\. We know roughly').getByRole('radio', { name: /^3: / })).toBeChecked();
  await expect(scores.getByRole('row', { name: /^1\. We know roughly/ }).getByRole('cell').nth(1)).toHaveText('3');
  await expect(people.getByText('Participants who scored on their own: 2.')).toBeVisible();
  const widest = people.locator('[data-widest] li');
  // Statement 1 (1 to 5) before statement 2 (3 to 4); statement 13, scored alike, is not listed.
  await expect(widest).toHaveCount(2);
  await expect(widest.nth(0)).toContainText('We know roughly');
  await expect(widest.nth(0)).toContainText('1 to 5');
  await expect(widest.nth(1)).toContainText('3 to 4');
  const byPerspective = people.locator('[data-perspective-spread]');
  await expect(byPerspective.getByRole('row', { name: /Business results/ })).toContainText('2 to 4.5');
  await expect(byPerspective.getByRole('row', { name: /Stakeholders and customers/ })).toContainText('2 to 2');
  await expect(people.getByRole('img', { name: /lowest and highest of the participants' means/ }).locator('[data-band]')).toHaveCount(2);
  await noSeriousViolations(page, 'individual scores');

  // Stored, not only on screen.
  await page.reload();
  await expect(people.getByRole('textbox', { name: 'Participant 1: name (optional)' })).toHaveValue('Ona');
  await expect(scores.getByRole('combobox', { name: 'Score of Participant 2 for statement 1', exact: true })).toHaveValue('5');
  await expect(widest.nth(0)).toContainText('1 to 5');

  // Without the second participant there is no spread to show.
  // Removing one is asked first: cancelling keeps them and their scores.
  await people.getByRole('button', { name: 'Remove Participant 2' }).click();
  const confirm = page.getByRole('dialog', { name: 'Remove this participant?' });
  await expect(confirm).toContainText('Participant 2 and their own scores will be removed.');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(scores.getByRole('combobox', { name: 'Score of Participant 2 for statement 1', exact: true })).toHaveValue('5');
  await people.getByRole('button', { name: 'Remove Participant 2' }).click();
  await confirm.getByRole('button', { name: 'Remove' }).click();
  await expect(scores.getByRole('columnheader', { name: 'Participant 2' })).toHaveCount(0);
  await expect(people.getByText('The spread shows once two participants have scored.')).toBeVisible();
  await page.reload();
  await expect(scores.getByRole('columnheader')).toHaveCount(3);
});
