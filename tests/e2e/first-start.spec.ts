import { pdfText } from '../helpers/pdf-text';
import { expect, noSeriousViolations, test } from './fixtures';
import { smeWithProcess } from './steps';
import { call } from './voting-phones';

// These tests start on a data folder that has never been used, as a new facilitator does.
test.use({ firstStart: true });

test('the first start explains the journey, takes the name for the minutes, and stays away on the next start', async ({ app: page, host }) => {
  test.slow(); // two starts of the host and a PDF
  const welcome = page.getByRole('dialog', { name: 'Welcome to SocialSME 6x3' });
  await expect(welcome).toBeVisible();
  await expect(welcome.getByRole('list', { name: 'How the journey goes' })).toContainText('Six workshops of three hours each');
  await expect(welcome.getByRole('button', { name: 'Load example' })).toBeVisible();
  await expect(welcome.getByRole('button', { name: 'Read the methodology' })).toBeVisible();
  // The name field has the focus, so a facilitator can start typing at once.
  await expect(welcome.getByRole('textbox', { name: 'Your name' })).toBeFocused();
  await noSeriousViolations(page, 'welcome');

  await page.keyboard.type('Ieva Ozola');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Riga Training Centre');
  await page.keyboard.press('Enter');
  await expect(welcome).toBeHidden();

  // What was typed is what the first minutes print.
  const processId = await smeWithProcess(page, 'Maiznīca Rūta', { type: 'Latv', pick: 'Latvia' });
  const process = await call<{ workshops: { id: string }[] }>(page, 'processes.get', { id: processId });
  const { base64 } = await call<{ base64: string }>(page, 'workshops.minutesPdf', { id: process.workshops[0]!.id });
  const { text } = await pdfText(Buffer.from(base64, 'base64'));
  expect(text).toContain('Ieva Ozola');
  expect(text).toContain('Riga Training Centre');

  await host.restart();
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 2, name: 'SMEs' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'New SME' })).toBeEnabled();
  await page.waitForLoadState('networkidle');
  await expect(welcome).toHaveCount(0);

  // Help opens it again, with what is stored; Escape closes it without changing anything.
  await page.getByRole('link', { name: 'Help' }).click();
  await page.getByRole('button', { name: 'Show the introduction again' }).click();
  await expect(welcome.getByRole('textbox', { name: 'Your name' })).toHaveValue('Ieva Ozola');
  await page.keyboard.press('Escape');
  await expect(welcome).toBeHidden();
  expect(await call<{ facilitatorName: string }>(page, 'settings.get', {})).toMatchObject({ facilitatorName: 'Ieva Ozola', organisation: 'Riga Training Centre' });
});

test('skipped, the welcome stays away; "Load example" from it opens the example bakery', async ({ app: page }) => {
  const welcome = page.getByRole('dialog', { name: 'Welcome to SocialSME 6x3' });
  await welcome.getByRole('button', { name: 'Skip for now' }).click();
  await expect(welcome).toBeHidden();
  await page.reload();
  await expect(page.getByRole('button', { name: 'New SME' })).toBeEnabled();
  await page.waitForLoadState('networkidle');
  await expect(welcome).toHaveCount(0);

  await page.getByRole('link', { name: 'Help' }).click();
  await page.getByRole('button', { name: 'Show the introduction again' }).click();
  await welcome.getByRole('button', { name: 'Load example' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Example: Šilo duona family bakery' })).toBeVisible({ timeout: 30_000 });
  await expect(welcome).toBeHidden();
});
