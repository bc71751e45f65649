import type { Page } from '@playwright/test';
import { expect, noSeriousViolations, test } from './fixtures';
import { choose, openTab, smeWithProcess } from './steps';

// The narrow window a facilitator's laptop may give the app.
test.use({ viewport: { width: 1024, height: 768 } });

/** Adds an activity from its title; its editor opens and the rest is typed there. */
async function addActivity(page: Page, title: string) {
  await page.getByRole('textbox', { name: 'Title of the new activity' }).fill(title);
  await page.getByRole('button', { name: 'Add activity' }).click();
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue(title);
}

const plan = (page: Page) => page.getByRole('list', { name: 'Activities of the action plan' });
const saved = (page: Page) => expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

/** The SME, its process and one objective (added on the objectives tab), through the UI. */
async function strategyWithObjective(page: Page) {
  const processId = await smeWithProcess(page, 'Αρτοποιείο Παπαδόπουλος', { type: 'Gree', pick: 'Greece' });
  await openTab(page, processId, 'objectives');
  const newObjective = page.getByRole('form', { name: 'New objective' });
  await newObjective.getByRole('combobox', { name: 'Perspective' }).selectOption({ label: 'Learning and growth' });
  await newObjective.getByRole('textbox', { name: 'Objective', exact: true }).fill('Skilled and loyal bakers');
  await newObjective.getByRole('button', { name: 'Add objective' }).click();
  await expect(page.getByRole('group', { name: 'Objective: Skilled and loyal bakers' })).toBeVisible();
}

test('plan three activities, one of them learning, and read the learning plan', async ({ app: page }) => {
  test.slow(); // a long walk through the UI with two accessibility checks
  await strategyWithObjective(page);

  // Three activities: a learning one, an overdue one, and one whose dates are typed the wrong way round.
  await page.getByRole('tab', { name: 'Action plan' }).click();
  await addActivity(page, 'Mentoring for new bakers');
  await choose(page, 'Objective', 'Skilled and loyal bakers');
  await page.getByRole('textbox', { name: 'Benefit for the business' }).fill('Fewer spoiled batches');
  await page.getByRole('textbox', { name: 'Benefit for the stakeholders' }).fill('New bakers learn a trade');
  await page.getByRole('checkbox', { name: 'This is a learning activity' }).check();
  await page.getByRole('textbox', { name: 'Who learns' }).fill('The two new bakers');
  await page.getByRole('textbox', { name: 'What they learn' }).fill('Sourdough from the head baker');
  await choose(page, 'How they learn', 'Mentoring');
  await page.getByRole('textbox', { name: 'Cost estimate (EUR)' }).fill('1200');
  await saved(page);
  await page.getByRole('button', { name: 'Done' }).click();
  const mentoring = plan(page).getByRole('listitem').filter({ hasText: 'Mentoring for new bakers' });
  await expect(mentoring.getByText('Learning', { exact: true })).toBeVisible();
  await expect(mentoring).toContainText('€1,200.00');

  await addActivity(page, 'Customer feedback box');
  await page.getByLabel('Due date', { exact: true }).fill('2024-01-31');
  await saved(page);
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(plan(page).getByRole('listitem').filter({ hasText: 'Customer feedback box' })).toContainText('Overdue');

  await addActivity(page, 'Open bakery day');
  await page.getByLabel('Start', { exact: true }).fill('2030-05-10');
  await page.getByLabel('Due date', { exact: true }).fill('2030-05-01');
  await expect(page.getByText('The due date cannot be before the start.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Not saved yet' })).toBeVisible();
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('alert')).toContainText('Please correct the marked fields first');
  await expect(page.getByLabel('Due date', { exact: true })).toHaveValue('2030-05-01');
  await expect(page.getByLabel('Start', { exact: true })).toHaveValue('2030-05-10');
  // What cannot be saved yet survives a reload: the activity opens again with it, still marked.
  await page.reload();
  await expect(page.getByLabel('Due date', { exact: true })).toHaveValue('2030-05-01');
  await expect(page.getByLabel('Start', { exact: true })).toHaveValue('2030-05-10');
  await expect(page.getByText('The due date cannot be before the start.')).toBeVisible();
  await page.getByLabel('Due date', { exact: true }).fill('2030-05-20');
  await expect(page.getByText('The due date cannot be before the start.')).toBeHidden();
  await saved(page);
  await page.getByRole('button', { name: 'Done' }).click();

  const learningOnly = page.getByRole('switch', { name: 'Learning activities only' });
  await page.getByText('Learning activities only', { exact: true }).click();
  await expect(learningOnly).toBeChecked();
  await expect(plan(page).getByRole('listitem')).toHaveCount(1);
  await page.getByText('Learning activities only', { exact: true }).click();
  await expect(plan(page).getByRole('listitem')).toHaveCount(3);
  await noSeriousViolations(page, 'action plan');
  await page.getByRole('button', { name: 'Edit: Mentoring for new bakers' }).click();
  await page.getByRole('button', { name: 'Done' }).click();

  await page.getByText('Learning plan (1)', { exact: true }).click();
  await expect(page.getByRole('radio', { name: 'Learning plan (1)' })).toBeChecked();
  const learningPlan = page.getByRole('table', { name: /Who learns what/ });
  await expect(learningPlan.getByRole('row')).toHaveCount(2);
  await expect(learningPlan.getByRole('row').nth(1)).toContainText('The two new bakers');
  await expect(learningPlan.getByRole('row').nth(1)).toContainText('Sourdough from the head baker');
  await expect(learningPlan.getByRole('row').nth(1)).toContainText('Mentoring');
  await noSeriousViolations(page, 'learning plan');

  // Everything was stored.
  await page.reload();
  await expect(plan(page).getByRole('listitem')).toHaveCount(3);
  await expect(plan(page).getByRole('listitem').filter({ hasText: 'Customer feedback box' })).toContainText('Overdue');
  await page.getByRole('button', { name: 'Edit: Open bakery day' }).click();
  await expect(page.getByLabel('Due date', { exact: true })).toHaveValue('2030-05-20');
  await page.getByRole('button', { name: 'Done' }).click();
  await page.getByText('Learning plan (1)', { exact: true }).click();
  await expect(page.getByRole('table', { name: /Who learns what/ })).toContainText('The two new bakers');
});

test('an indicator with three measurements shows its trend and traffic light', async ({ app: page }) => {
  test.slow(); // a long walk through the UI with an accessibility check
  await strategyWithObjective(page);

  // An indicator: the target must fit the direction; then three measurements reach it.
  await page.getByRole('tab', { name: 'Indicators' }).click();
  await page.getByRole('button', { name: 'Add indicator: Skilled and loyal bakers' }).click();
  const form = page.getByRole('form', { name: 'New indicator' });
  await form.getByRole('textbox', { name: 'Name' }).fill('Staff staying a year or more');
  await form.getByRole('textbox', { name: 'Unit' }).fill('%');
  await form.getByRole('textbox', { name: 'Baseline', exact: true }).fill('60');
  await form.getByLabel('Baseline date', { exact: true }).fill('2025-01-01');
  await form.getByRole('textbox', { name: 'Target', exact: true }).fill('50');
  await form.getByRole('button', { name: 'Add' }).click();
  await expect(form.getByText('For a value that should go up, the target must be at least the baseline.')).toBeVisible();
  await expect(form.getByRole('textbox', { name: 'Name' })).toHaveValue('Staff staying a year or more');
  await form.getByRole('textbox', { name: 'Target', exact: true }).fill('80');
  await form.getByRole('button', { name: 'Add' }).click();

  const indicator = page.getByRole('region', { name: 'Staff staying a year or more' });
  await expect(indicator).toContainText('Not measured yet');
  for (const [date, value] of [['2025-03-01', '65'], ['2025-06-01', '72'], ['2025-09-01', '81']] as const) {
    await indicator.getByLabel('Date measured', { exact: true }).fill(date);
    await indicator.getByRole('textbox', { name: 'Value measured (%)' }).fill(value);
    await indicator.getByRole('button', { name: 'Add measurement' }).click();
    await expect(indicator.getByRole('textbox', { name: 'Value measured (%)' })).toHaveValue('');
  }
  await expect(indicator.locator('[data-trend-points]')).toHaveAttribute('data-trend-points', '3');
  await expect(indicator.getByRole('img', { name: /3 measurements, latest 81 %/ })).toBeVisible();
  await expect(indicator.locator('[data-light]')).toHaveAttribute('data-light', 'green');
  await expect(indicator.getByText('On track')).toBeVisible();
  await noSeriousViolations(page, 'indicators');

  // Stored, not only on screen.
  await page.reload();
  await expect(indicator.getByText('On track')).toBeVisible();
  await expect(indicator.getByRole('table').filter({ hasText: 'Actions' }).getByRole('row')).toHaveCount(4);
  await expect(indicator.locator('[data-latest]')).toContainText('81 %');
  await expect(indicator.locator('[data-target]')).toContainText('80 %');
});

test('an activity is deleted at once with an offer to undo it, and a long Greek title fits the narrow window', async ({ app: page }) => {
  const processId = await smeWithProcess(page, 'Αρτοποιείο Παπαδόπουλος', { type: 'Gree', pick: 'Greece' });
  await openTab(page, processId, 'activities');
  await addActivity(page, 'Ανοιχτή ημέρα αρτοποιείου για τα σχολεία της γειτονιάς και τους συλλόγους γονέων και κηδεμόνων της περιοχής');
  await page.getByRole('button', { name: 'Done' }).click();
  // The title wraps; the card and its buttons stay inside the window.
  const card = await plan(page).getByRole('listitem').boundingBox();
  expect(card!.x + card!.width).toBeLessThanOrEqual(1024);
  const remove = page.getByRole('button', { name: /^Delete: Ανοιχτή/ });
  await expect(remove).toBeInViewport({ ratio: 1 });
  await remove.click();
  await expect(page.getByRole('status').filter({ hasText: /^Activity “Ανοιχτή ημέρα .*” deleted\.Undo/ })).toBeVisible();
  await expect(page.getByText('No activities yet.', { exact: false })).toBeVisible();
  await page.getByRole('tab', { name: 'Indicators' }).click();
  await expect(page.getByRole('link', { name: 'Go to the objectives' })).toBeVisible();
});
