import type { Request } from '@playwright/test';
import { createApi, httpInvoke } from '../../electron/api/client';
import { expect, test } from './fixtures';
import { startHostileServer } from './hostile-server';

test('a page from another port of 127.0.0.1 can neither change a case file nor learn the token', async ({ app, host }) => {
  const token = new URL(host.url).searchParams.get('token')!;
  const api = createApi(httpInvoke(`${host.origin}/`, () => token));
  const call = async <T>(result: Promise<{ ok: boolean; value?: T; error?: unknown }>) => {
    const r = await result;
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value as T;
  };
  // One SME at work and one in the trash: purge only takes what is in the trash.
  await call(api['smes.create']({ name: 'Kept Bakery', country: 'LT' }));
  const trashed = await call(api['smes.create']({ name: 'Trashed Hotel', country: 'GR' }));
  await call(api['smes.trash']({ id: trashed.id }));
  const countAll = async () => (await call(api['smes.list']({ view: 'all' }))).total;
  const before = await countAll();
  // The app is open in this browser (the token is in its tab), as it would be in real life.
  await expect(app.getByRole('heading', { level: 1 })).toBeVisible();

  const hostile = await startHostileServer(host.origin, trashed.id);
  try {
    const evil = await app.context().newPage();
    const toHost: Request[] = [];
    const settled = new Set<Request>();
    const statuses: string[] = [];
    evil.on('request', (r) => r.url().startsWith(`${host.origin}/`) && toHost.push(r));
    evil.on('requestfinished', async (r) => {
      if (!r.url().startsWith(`${host.origin}/`)) return;
      statuses.push(`${r.method()} ${new URL(r.url()).pathname} ${(await r.response())?.status()}`);
      settled.add(r);
    });
    evil.on('requestfailed', (r) => {
      if (!r.url().startsWith(`${host.origin}/`)) return;
      statuses.push(`${r.method()} ${new URL(r.url()).pathname} failed: ${r.failure()?.errorText}`);
      settled.add(r);
    });
    await evil.goto(hostile.url);
    await expect(evil.locator('body')).toHaveAttribute('data-done', /^\d+$/);
    // Beacons may still be on their way when the page is done: wait until every request the
    // hostile page made to the host has an answer (or failed).
    await expect.poll(() => toHost.length > 0 && toHost.every((r) => settled.has(r))).toBe(true);

    // Zero writes: the same SMEs, the one in the trash still there.
    expect(await countAll()).toBe(before);
    expect((await call(api['smes.get']({ id: trashed.id }))).deletedAt).not.toBeNull();
    expect((await call(api['smes.list']({ text: 'Forged', view: 'all' }))).total).toBe(0);
    // Every request that reached the host was refused at the door.
    for (const line of statuses) expect(line).toMatch(/ (401|403|405|415)$| failed: /);

    // Zero token bytes at the hostile server, in any header (cookies included), address or body.
    const seen = hostile.received.map((r) => [r.method, r.url, ...r.rawHeaders, r.body].join('\n'));
    const tokenBytes = seen.reduce((n, text) => n + text.split(token).length - 1, 0);
    expect(tokenBytes).toBe(0);
    expect(hostile.received.flatMap((r) => r.rawHeaders.filter((_, i) => i % 2 === 0 && /^cookie$/i.test(r.rawHeaders[i]!)))).toEqual([]);
    const outcomes = JSON.parse(hostile.received.find((r) => r.url === '/outcomes')!.body) as string[];

    test.info().annotations.push({
      type: 'forgery figures',
      description:
        `${outcomes.length} forgeries tried by the page, ${toHost.length} requests reached the host ` +
        `(${statuses.sort().join('; ')}), writes: ${(await countAll()) - before}, ` +
        `requests at the hostile server: ${hostile.received.length}, token bytes there: ${tokenBytes}`,
    });
    console.log(test.info().annotations.at(-1)!.description);
    await evil.close();
  } finally {
    await hostile.close();
  }
});

test('the token reaches only the tab opened with the printed address, and leaves its address bar', async ({ page, host }) => {
  const needsAddress = 'Open the address that SocialSME 6x3 printed when it started';
  await page.goto(`${host.origin}/`);
  await expect(page.getByRole('alert')).toContainText(needsAddress);

  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'New SME' })).toBeVisible();
  expect(page.url()).not.toContain('token');
  await page.reload();
  await expect(page.getByRole('button', { name: 'New SME' })).toBeVisible();

  // Another tab on the same origin has its own sessionStorage: it must be given the address too.
  const other = await page.context().newPage();
  await other.goto(`${host.origin}/`);
  await expect(other.getByRole('alert')).toContainText(needsAddress);
  await other.close();
});
