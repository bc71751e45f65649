import type { Page } from '@playwright/test';
import { pdfText } from '../helpers/pdf-text';
import { expect, noSeriousViolations, test } from './fixtures';
import { call, caseFile, openRoundFrom, phone } from './voting-phones';

const minutes = async (page: Page, workshopId: string) =>
  (await pdfText(Buffer.from((await call<{ base64: string }>(page, 'workshops.minutesPdf', { id: workshopId })).base64, 'base64'))).text;

test('dot voting over the objectives, run from live mode', async ({ app: page, browser }) => {
  test.setTimeout(120_000);
  const { processId, workshopId } = await caseFile(page);
  const objectives = ['Keep young bakers', 'Less packaging waste', 'Open the bakery to schools'];
  for (const title of objectives) await call(page, 'objectives.save', { processId, data: { perspective: 'learning', title, description: '' } });
  await page.goto(`${page.url().replace(/#.*$/, '')}#/workshops/${workshopId}/live`);
  await page.getByRole('button', { name: 'Voting', exact: true }).click();
  const address = await openRoundFrom(page, async () => {
    const dialog = page.getByRole('dialog', { name: 'Open a voting round' });
    await dialog.getByRole('radio', { name: 'Dot voting' }).check();
    await dialog.getByRole('combobox', { name: 'Entries to vote on' }).selectOption({ label: 'Objectives' });
    await expect(dialog.getByRole('textbox', { name: /Entries, one per line/ })).toHaveValue(objectives.join('\n'));
  });

  const [a, b, c] = await Promise.all([1, 2, 3].map(() => phone(browser, address)));
  const dot = async (p: Page, entry: string, more: boolean) => {
    const before = Number(await p.getByLabel(`Dots on ${entry}`).textContent());
    await p.getByRole('button', { name: `${more ? 'Add a dot to' : 'Take a dot from'} ${entry}` }).click();
    await expect(p.getByLabel(`Dots on ${entry}`)).toHaveText(String(before + (more ? 1 : -1)));
  };
  for (let i = 0; i < 3; i++) await dot(a!.page, objectives[0]!, true);
  await expect(a!.page.getByText('0 dots left')).toBeVisible();
  await expect(a!.page.getByRole('button', { name: `Add a dot to ${objectives[1]}` })).toBeDisabled();
  await dot(b!.page, objectives[1]!, true);
  await dot(b!.page, objectives[1]!, true);
  await dot(b!.page, objectives[2]!, true);
  await dot(c!.page, objectives[0]!, true);
  await dot(c!.page, objectives[0]!, false);
  await dot(c!.page, objectives[2]!, true);
  await dot(c!.page, objectives[2]!, true);
  await noSeriousViolations(c!.page, 'dot voting on a phone');

  const results = page.getByRole('table', { name: 'Results' });
  await expect(results.getByRole('row')).toHaveText([`${objectives[0]}3 dots`, `${objectives[2]}3 dots`, `${objectives[1]}2 dots`].map((t) => new RegExp(`^${t}`)));
  await page.getByRole('button', { name: 'Close the round' }).click();
  await expect(page.getByRole('button', { name: /Dot voting, .* · 3 phones/ })).toBeVisible();
  const text = await minutes(page, workshopId);
  expect(text).toContain('Dot voting · Phones: 3');
  expect(text).toContain(`${objectives[0]}: 3 dots`);
  expect(text).toContain(`${objectives[1]}: 2 dots`);
  for (const p of [a, b, c]) await p!.context.close();
});

test('the workshop feedback form, in the participant’s own language, with comments kept as plain text', async ({ app: page, browser }) => {
  test.setTimeout(120_000);
  const { workshopId } = await caseFile(page);
  await page.goto(`${page.url().replace(/#.*$/, '')}#/workshops/${workshopId}`);
  const address = await openRoundFrom(page, async () => {
    await page.getByRole('dialog').getByRole('radio', { name: 'Workshop feedback' }).check();
  });

  const [en, pl] = await Promise.all([phone(browser, address), phone(browser, address)]);
  const rate = async (p: Page, question: string | RegExp, value: number) => {
    const radio = p.getByRole('group', { name: question }).getByRole('radio', { name: new RegExp(`^${value} `) });
    await radio.click();
    await expect(radio).toBeChecked();
  };
  await rate(en!.page, 'The aims of today\'s workshop were clear to me.', 4);
  await rate(en!.page, 'I could say what I think.', 5);
  await en!.page.getByRole('textbox', { name: 'Anything else you want to tell us?' }).fill('<b>More coffee</b>, please');
  await en!.page.getByRole('button', { name: 'Save comment' }).click();
  await expect(en!.page.getByText('Saved')).toBeVisible();

  await pl!.page.getByRole('combobox', { name: 'Language' }).selectOption('pl');
  await expect(pl!.page.getByRole('heading', { name: 'Twoje odpowiedzi' })).toBeVisible();
  await rate(pl!.page, 'Cele dzisiejszych warsztatów były dla mnie jasne.', 2);
  await noSeriousViolations(pl!.page, 'feedback on a phone');

  await expect(page.getByRole('status').filter({ hasText: 'joined' })).toContainText('2 have answered');
  await expect(page.locator('tr[data-item="fb-goals"]')).toContainText('The aims of today\'s workshop were clear.23');
  await expect(page.getByText('<b>More coffee</b>, please')).toBeVisible();
  await expect(page.locator('b', { hasText: 'More coffee' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Close the round' }).click();
  await expect(page.getByRole('button', { name: /Workshop feedback, .* · 2 phones/ })).toBeVisible();
  const text = await minutes(page, workshopId);
  expect(text).toContain('Workshop feedback · Phones: 2');
  expect(text).toContain('<b>More coffee</b>, please');
  for (const p of [en, pl]) await p!.context.close();
});
