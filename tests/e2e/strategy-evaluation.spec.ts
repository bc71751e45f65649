import type { Page } from '@playwright/test';
import { expect, noSeriousViolations, test } from './fixtures';
import { smeWithProcess } from './steps';

// The strategy screen must work in a narrow window too.
test.use({ viewport: { width: 1024, height: 768 } });

const statement = (page: Page, start: string) => page.getByRole('radiogroup', { name: new RegExp(`^${start}`) });
/** Clicks a score as the owner does: on its visible label (the radio itself is drawn by the label). */
async function rate(page: Page, start: string, score: number) {
  const group = statement(page, start);
  await group.locator('label').filter({ has: page.getByText(new RegExp(`^${score}: `)) }).click();
  await expect(group.getByRole('radio', { name: new RegExp(`^${score}: `) })).toBeChecked();
}
const strategyTab = (page: Page, name: string) => page.getByRole('tab', { name });

test('self-evaluation, stakeholders and objectives of a strategy', async ({ app: page }) => {
  // Three tabs, two reloads and three accessibility scans of long pages: more than the default minute.
  test.setTimeout(180_000);
  const processId = await smeWithProcess(page, 'Kepykla Rūta', { type: 'Lith', pick: 'Lithuania' });
  await page.goto(`${page.url().replace(/#.*$/, '')}#/processes/${processId}/strategy/evaluation`);
  await expect(page.getByRole('heading', { name: 'Self-evaluations' })).toBeVisible();
  await expect(page.getByText('No self-evaluation yet')).toBeVisible();

  // A baseline, scored statement by statement; every click is stored at once.
  await page.getByRole('button', { name: 'Add self-evaluation' }).click();
  const list = page.getByRole('table', { name: 'Self-evaluations of this process' });
  await expect(list.getByRole('row')).toHaveCount(2);
  await expect(list).toContainText('Baseline');
  await rate(page, '1\\. We know roughly', 2);
  await rate(page, '2\\. Our social responsibility activities have a place', 4);
  await rate(page, '13\\. We know what our most important customers', 1);
  await rate(page, '43\\. Each employee', 5);
  await rate(page, '43\\. Each employee', 3);
  await rate(page, '21\\.', 5);
  await page.getByRole('button', { name: 'Clear the score of statement 21' }).click();
  await expect(statement(page, '21\\.').getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(page.locator('[data-save-state="saved"]').filter({ hasText: 'All changes saved' }).last()).toBeVisible();
  await noSeriousViolations(page, 'self-evaluation');

  // Stored, not only on screen: the scores and the result come back after a reload.
  await page.reload();
  await expect(statement(page, '1\\. We know roughly').getByRole('radio', { name: /^2: / })).toBeChecked();
  await expect(statement(page, '43\\. Each employee').getByRole('radio', { name: /^3: / })).toBeChecked();
  await expect(statement(page, '21\\.').getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(list.getByRole('row', { name: /Baseline/ })).toContainText('4 of 54');
  const byPerspective = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Area' }) }).first();
  await expect(byPerspective.getByRole('row', { name: /Business results/ })).toContainText('3.0');
  await expect(byPerspective.getByRole('row', { name: /Stakeholders and customers/ })).toContainText('1.0');
  await expect(byPerspective.getByRole('row', { name: /Overall/ })).toContainText('2.5');
  await expect(page.getByRole('img', { name: /Mean score by perspective/ })).toBeVisible();

  // The statement furthest from "fully" becomes an objective.
  const gaps = page.getByRole('region', { name: 'Starting points' });
  const first = gaps.getByRole('listitem').first();
  await expect(first).toContainText('We know what our most important customers expect');
  await first.getByRole('button', { name: 'Make it an objective' }).click();
  await expect(first.getByRole('status')).toHaveText('Added to the objectives under Stakeholders and customers.');

  // The end of the cycle, compared with the baseline by default.
  await page.getByRole('region', { name: 'New self-evaluation' }).getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'End of cycle' });
  await page.getByRole('button', { name: 'Add self-evaluation' }).click();
  await expect(list.getByRole('row')).toHaveCount(3);
  await expect(page.getByRole('heading', { name: /^Statements of End of cycle/ })).toBeVisible();
  await rate(page, '1\\. We know roughly', 4);
  await expect(byPerspective.getByRole('columnheader', { name: 'Change' })).toBeVisible();
  await expect(byPerspective.getByRole('row', { name: /Business results/ })).toContainText('+1.0');
  await expect(list.getByRole('row', { name: /End of cycle/ })).toContainText('1 of 54');

  // Stakeholders on the grid.
  await strategyTab(page, 'Stakeholders').click();
  await expect(page).toHaveURL(/\/strategy\/stakeholders$/);
  for (const [n, name, influence, impact, relationship] of [[1, 'Bakery staff', '3', '5', '4 – good'], [2, 'Town council', '4', '2', '2 – weak']] as const) {
    await page.getByRole('button', { name: 'Add a stakeholder' }).click();
    const row = page.getByRole('group', { name: new RegExp(`^Stakeholder ${n}:`) });
    await row.getByRole('textbox', { name: 'Name' }).fill(name);
    await row.getByRole('combobox', { name: 'Their influence on the SME' }).selectOption(influence);
    await row.getByRole('combobox', { name: "The SME's impact on them" }).selectOption(impact);
    await row.getByRole('combobox', { name: 'Relationship now' }).selectOption({ label: relationship });
    await expect(row.getByRole('status')).toHaveText('All changes saved');
  }
  const grid = page.getByRole('img', { name: /^Stakeholder grid/ });
  await expect(grid).toContainText('Bakery staff');
  await expect(grid).toContainText('Town council');
  await page.reload();
  await expect(page.getByRole('row', { name: /Bakery staff/ })).toContainText('4 – good');
  await expect(page.getByRole('row', { name: /Town council/ })).toContainText('2 – weak');
  await expect(page.getByRole('group', { name: 'Stakeholder 2: Town council' }).getByRole('textbox', { name: 'Name' })).toHaveValue('Town council');
  await noSeriousViolations(page, 'stakeholders');

  // Objectives, one leading to the other, on the strategy map.
  await strategyTab(page, 'Objectives').click();
  await expect(page.getByRole('group', { name: /^Objective: We know what our most important customers expect/ })).toBeVisible();
  const add = page.getByRole('form', { name: 'New objective' });
  for (const [perspective, title] of [['Stakeholders and customers', 'Fewer complaints'], ['Learning and growth', 'Trained bakers']] as const) {
    await add.getByRole('combobox', { name: 'Perspective' }).selectOption({ label: perspective });
    await add.getByRole('textbox', { name: 'Objective' }).fill(title);
    await add.getByRole('button', { name: 'Add objective' }).click();
    await expect(page.getByRole('group', { name: `Objective: ${title}` })).toBeVisible();
  }
  const bakers = page.getByRole('group', { name: 'Objective: Trained bakers' });
  await bakers.getByRole('textbox', { name: 'Leads to' }).click();
  await page.getByRole('option', { name: 'Fewer complaints' }).click();
  await page.keyboard.press('Escape');
  await expect(bakers.getByRole('status')).toHaveText('All changes saved');
  const map = page.getByRole('img', { name: /^Strategy map/ });
  await expect(map).toContainText('Trained bakers');
  await expect(map.locator('path')).toHaveCount(1);
  await expect(page.getByRole('listitem').filter({ hasText: 'Trained bakers → Fewer complaints' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('img', { name: /^Strategy map/ }).locator('path')).toHaveCount(1);
  // A link pointing down the map (an effect causing its own cause) is warned about as it is made.
  const complaints = page.getByRole('group', { name: 'Objective: Fewer complaints' });
  await complaints.getByRole('textbox', { name: 'Leads to' }).click();
  await page.getByRole('option', { name: 'Trained bakers' }).click();
  await page.keyboard.press('Escape');
  await expect(complaints.getByText('“Fewer complaints” → “Trained bakers” points downwards (Stakeholders and customers → Learning and growth)', { exact: false })).toBeVisible();
  await expect(page.getByText('A dashed orange arrow points downwards: check its direction.')).toBeVisible();
  await expect(page.getByRole('img', { name: /^Strategy map/ }).locator('path[stroke-dasharray]')).toHaveCount(1);
  await noSeriousViolations(page, 'objectives');
});
