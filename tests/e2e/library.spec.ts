import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

test('read a workshop guide, search a word, land on the passage, come back to it', async ({ app: page, host }) => {
  await page.getByRole('link', { name: 'Methodology' }).click();
  const contents = page.getByRole('navigation', { name: 'Contents' });
  await contents.getByRole('link', { name: /^Workshop 4/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Workshop 4/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Agenda' })).toBeVisible();
  await expect(page.locator('article')).toContainText('3:00'); // the timed agenda ends at three hours
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  await page.getByRole('link', { name: /^Next: / }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Workshop 5/ })).toBeVisible();

  await page.getByRole('searchbox', { name: 'Search the package' }).fill('MENTORI');
  const results = page.getByRole('region', { name: 'Search results' });
  await expect(results.locator('mark').first()).toHaveText(/^mentori/i);
  const first = results.getByRole('button').first();
  const heading = (await first.locator('p').first().textContent())!.split(' › ')[1]!;
  await first.click();
  await expect(page.locator('body')).toHaveAttribute('data-reader-ready', /:.+/);
  const anchor = (await page.locator('body').getAttribute('data-reader-ready'))!.split(':')[1]!;
  await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
  await expect(page.locator(`[id="${anchor}"]`)).toContainText(heading.trim());

  // "Where was I": after a restart the library opens at the same passage.
  await host.restart();
  await page.goto(host.url);
  await page.getByRole('link', { name: 'Methodology' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-reader-ready', new RegExp(`:${anchor}$`));
  await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
});

test('open a workshop guide as PDF, page through it and save a copy', async ({ app: page }) => {
  await page.getByRole('link', { name: 'Methodology' }).click();
  await page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: /^Workshop 2/ }).click();
  await page.getByRole('button', { name: 'Open as PDF' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-pdf-pages', /^[1-9]\d*$/, { timeout: 30_000 });
  const pages = Number(await page.locator('body').getAttribute('data-pdf-pages'));
  await expect(page.getByTestId('pdf-page')).toHaveText(`Page 1 of ${pages}`);
  expect(pages).toBeGreaterThan(3);
  await expect(page.locator('.pdf-page canvas')).toBeVisible();
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByTestId('pdf-page')).toHaveText(`Page 2 of ${pages}`);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a copy' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('6x3 for SR - Workshop 2 Stakeholders and relationships.pdf');
  const bytes = await (await file.createReadStream()).toArray();
  expect(Buffer.concat(bytes).subarray(0, 5).toString()).toBe('%PDF-');
  await page.getByRole('button', { name: 'Back to reading' }).click();
  await expect(page.getByRole('heading', { name: 'Agenda' })).toBeVisible();
});
