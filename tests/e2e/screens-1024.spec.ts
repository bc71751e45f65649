/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The functions passed to page.evaluate run in the browser, with its DOM.
import type { Page } from '@playwright/test';
import { createApi, httpInvoke } from '../../electron/api/client';
import { expect, noSeriousViolations, test } from './fixtures';

/**
 * Facilitators work on small laptops and projectors: every screen must hold at 1024 x 700 in the
 * languages with the longest words (Greek, Lithuanian) as well as English, without the page
 * scrolling sideways or a button running off the screen or cutting its own label.
 */
const LANGUAGES = ['en', 'el', 'lt'] as const;

/** What runs past the right edge: the page itself, or a button (placed off-screen, or too narrow for its label). */
function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > width + 1) found.push(`the page is ${document.documentElement.scrollWidth} px wide`);
    for (const button of document.querySelectorAll<HTMLElement>('button, [role="button"], a[data-button]')) {
      const box = button.getBoundingClientRect();
      if (box.width === 0 || button.closest('[aria-hidden="true"]')) continue;
      const name = (button.getAttribute('aria-label') ?? button.textContent ?? '').trim().slice(0, 40);
      if (box.right > width + 1 || box.left < -1) found.push(`button "${name}" at ${Math.round(box.left)}–${Math.round(box.right)} px`);
      // Text kept for screen readers only sits in a 1 px box on purpose; that is not a cut label.
      const cut = [button, ...button.querySelectorAll<HTMLElement>('*')].some((el) => el.clientWidth > 1 && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible');
      if (cut) found.push(`button "${name}" cuts its label`);
    }
    return found;
  });
}

for (const language of LANGUAGES) {
  test(`every screen fits 1024 x 700 in ${language}`, async ({ app: page, host }) => {
    test.setTimeout(180_000);
    const token = new URL(host.url).searchParams.get('token')!;
    const api = createApi(httpInvoke(`${host.origin}/`, () => token));
    const example = await api['examples.load']({});
    if (!example.ok) throw new Error(JSON.stringify(example.error));
    const { smeId, processId } = example.value;
    const process = await api['processes.get']({ id: processId });
    if (!process.ok) throw new Error(JSON.stringify(process.error));
    const workshop = process.value.workshops[0]!.id;
    const toc = await api['library.toc']({ language: 'en' });
    if (!toc.ok) throw new Error(JSON.stringify(toc.error));
    expect((await api['settings.update']({ uiLanguage: language })).ok).toBe(true);

    await page.setViewportSize({ width: 1024, height: 700 });
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', language);

    const documents = JSON.stringify(toc.value).match(/"id":"[^"]+"/g)!.map((m) => m.slice(6, -1));
    const screens = [
      '#/smes', `#/smes/${smeId}`, `#/processes/${processId}`,
      ...['overview', 'evaluation', 'stakeholders', 'objectives', 'activities', 'indicators', 'reviews'].map((tab) => `#/processes/${processId}/strategy/${tab}`),
      `#/workshops/${workshop}`, `#/workshops/${workshop}/live`, '#/settings', '#/help', '#/library',
      ...documents.filter((id, i) => i === 0 || /worksheet|glossary|self-evaluation/.test(id)).slice(0, 4).map((id) => `#/library/${id}`),
    ];
    const problems: string[] = [];
    for (const screen of screens) {
      await page.evaluate((hash) => (location.hash = hash), screen);
      await expect(page.getByRole('heading').first()).toBeVisible();
      await page.waitForLoadState('networkidle');
      await expect(page.locator('.mantine-Loader-root')).toHaveCount(0);
      problems.push(...(await overflow(page)).map((p) => `${screen.replace(/[0-9a-f-]{36}/g, '…')}: ${p}`));
      // Pictures to look at: the strategy map, the stakeholder grid and live mode as a facilitator sees them.
      const shot = test.info().outputPath(`${screen.split('/').at(-1)}-${language}.png`);
      if (screen.endsWith('/objectives')) await page.locator('[data-strategy-map]').screenshot({ path: shot });
      if (screen.endsWith('/stakeholders')) await page.locator('[data-stakeholder-grid]').screenshot({ path: shot });
      if (screen.endsWith('/live')) await page.screenshot({ path: shot });
    }

    // The welcome of a first start, as a new facilitator meets it: nothing runs off, it all shows
    // without scrolling.
    expect((await api['settings.update']({ welcomeSeen: false })).ok).toBe(true);
    await page.reload();
    const welcome = page.getByRole('dialog');
    await expect(welcome.getByRole('textbox').first()).toBeFocused();
    problems.push(...(await overflow(page)).map((p) => `welcome: ${p}`));
    const { bottom, hidden } = await welcome.evaluate((dialog) => ({ bottom: dialog.getBoundingClientRect().bottom, hidden: dialog.scrollHeight - dialog.clientHeight }));
    if (bottom > 700 || hidden > 1) problems.push(`welcome: ends at ${Math.round(bottom)} px with ${hidden} px to scroll`);
    await page.screenshot({ path: test.info().outputPath(`welcome-${language}.png`) });
    await page.keyboard.press('Escape');
    await expect(welcome).toHaveCount(0);

    // A document as PDF, zoomed in: its buttons stay on the screen.
    await page.evaluate((hash) => (location.hash = hash), `#/library/${documents[0]}`);
    await page.getByRole('button', { name: /PDF/ }).first().click();
    await expect(page.locator('body')).toHaveAttribute('data-pdf-pages', /^[1-9]\d*$/, { timeout: 30_000 });
    const zoomIn = page.getByRole('button', { name: /^(Zoom in|Μεγέθυνση|Didinti)/ });
    if (await zoomIn.count()) {
      await zoomIn.click();
      await zoomIn.click();
    }
    problems.push(...(await overflow(page)).map((p) => `PDF viewer at 150 %: ${p}`));

    expect(problems).toEqual([]);
  });
}

test('Help names the keys of live mode and shows where the data is', async ({ app: page, host }) => {
  await page.getByRole('link', { name: 'Help' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Help' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Space Start or pause the clock/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Where your data is' })).toContainText(host.dataDir);
  await expect(page.getByRole('region', { name: 'Run from a USB stick' })).toContainText('socialsme-portable');
  await noSeriousViolations(page, 'help');
});

test('Print gives the real PDF to the browser, and an ordinary screen prints its content without the app around it', async ({ app: page }) => {
  await page.getByRole('link', { name: 'Methodology' }).click();
  await page.getByRole('button', { name: 'Open as PDF' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-pdf-pages', /^[1-9]\d*$/, { timeout: 30_000 });
  // The file itself opens in the browser's PDF viewer, which prints it at full quality.
  const tab = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Print' }).click();
  const opened = await tab;
  expect(opened.url()).toMatch(/^blob:/);
  await opened.waitForLoadState();
  expect(await opened.evaluate(() => document.contentType)).toBe('application/pdf');
  await expect(page.getByRole('status').filter({ hasText: 'The PDF has opened in a new tab' })).toBeVisible();

  await page.getByRole('link', { name: 'SMEs' }).first().click();
  await page.getByRole('button', { name: 'Load example' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Example: Šilo duona family bakery' })).toBeVisible({ timeout: 30_000 });
  await page.emulateMedia({ media: 'print' });
  // What Ctrl+P gives, kept to look at.
  await page.pdf({ path: test.info().outputPath('printed-sme.pdf'), format: 'A4' });
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await expect(page.getByRole('navigation').first()).toBeHidden();
  await expect(page.getByRole('button', { name: 'New SME' })).toBeHidden();
});
