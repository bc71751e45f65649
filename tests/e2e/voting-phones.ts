import type { Browser, BrowserContext, Page } from '@playwright/test';
import { devices } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { HOST_TOKEN_HEADER } from '../../electron/api/client';
import { expect } from './fixtures';

/** A contract call from the facilitator's page, with the token the page keeps for its tab. */
export async function call<T>(page: Page, channel: string, payload: unknown): Promise<T> {
  const r = (await page.evaluate(async ([c, p, header]) => {
    const store = (globalThis as unknown as { sessionStorage: { getItem(key: string): string | null } }).sessionStorage;
    const token = store.getItem('socialsme.hostToken') ?? '';
    const response = await fetch(`api/${encodeURIComponent(c as string)}`, {
      method: 'POST', headers: { 'Content-Type': 'application/json', [header as string]: token }, body: JSON.stringify(p),
    });
    return response.json();
  }, [channel, payload, HOST_TOKEN_HEADER] as const)) as { ok: boolean; value?: unknown; error?: unknown };
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

/** An SME with a process; answers the process and its first workshop. */
export async function caseFile(page: Page) {
  const sme = await call<{ id: string }>(page, 'smes.create', { name: 'Kepykla Rūta', country: 'LT' });
  const process = await call<{ id: string; workshops: { id: string }[] }>(page, 'processes.create', { smeId: sme.id, title: 'SR 2027', language: 'en', startDate: '2027-01-10' });
  return { processId: process.id, workshopId: process.workshops[0]!.id };
}

/** Opens a round from the open dialog, on this computer's loopback address; answers the typed address. */
export async function openRoundFrom(page: Page, fill: () => Promise<void> = async () => undefined): Promise<string> {
  await page.getByRole('button', { name: 'Open a voting round' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open a voting round' });
  await fill();
  await dialog.getByRole('combobox', { name: 'Network for the phones' }).selectOption('127.0.0.1');
  await expect(dialog.getByRole('note')).toContainText('every device on this network can reach the voting page');
  await dialog.getByRole('button', { name: 'Open the round' }).click();
  await expect(dialog).toBeHidden();
  const address = (await page.getByTestId('voting-address').textContent())!;
  expect(address).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/[A-Z2-9]{6}\/$/);
  return address;
}

/**
 * A phone: its own browser context with a mobile viewport and touch (so its storage survives a
 * closed tab, as a phone's does), failing on any request that leaves the voting server.
 */
export async function phone(browser: Browser, address: string): Promise<{ context: BrowserContext; page: Page; open: () => Promise<Page>; foreign: string[] }> {
  const { defaultBrowserType: _browser, ...pixel } = devices['Pixel 5'];
  const context = await browser.newContext({ ...pixel, locale: 'en-GB' });
  const origin = new URL(address).origin;
  const foreign: string[] = [];
  context.on('request', (r) => {
    if (new URL(r.url()).origin !== origin) foreign.push(r.url());
  });
  const open = async () => {
    const page = await context.newPage();
    await page.goto(address);
    await expect(page.getByRole('heading', { name: 'Your answers' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /answered$/ })).toBeVisible();
    return page;
  };
  return { context, page: await open(), open, foreign };
}

/** Taps a score of statement `n` (1-based on the page) and waits until the server confirmed it (the page shows only stored answers). */
export async function score(page: Page, n: number, value: number) {
  const radio = page.getByRole('group').nth(n - 1).getByRole('radio', { name: new RegExp(`^${value} `) });
  await radio.click();
  await expect(radio).toBeChecked();
}

/** The participant page's own files, gzipped, as a phone downloads them. */
export async function pageWeight(context: BrowserContext, address: string): Promise<number> {
  const page = await context.newPage();
  const sizes: Promise<number>[] = [];
  page.on('response', (r) => {
    if (!r.url().includes('/api/')) sizes.push(r.body().then((b) => gzipSync(b).length));
  });
  await page.goto(address);
  await expect(page.getByRole('heading', { name: 'Your answers' })).toBeVisible();
  const total = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  await page.close();
  return total;
}
