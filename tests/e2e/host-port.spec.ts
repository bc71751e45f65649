import net from 'node:net';
import { createApi, httpInvoke } from '../../electron/api/client';
import { expect, launch, test } from './fixtures';

test('text typed while the host is down is there after it starts again, on the same address', async ({ app: page, host }) => {
  await page.getByRole('button', { name: 'New SME' }).click();
  const dialog = page.getByRole('dialog', { name: 'New SME' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Kauno kepykla');
  await dialog.getByRole('textbox', { name: 'Country' }).click();
  await page.getByRole('option', { name: 'Lithuania' }).first().click();
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Kauno kepykla' })).toBeVisible();

  await host.stop();
  await page.getByRole('textbox', { name: 'City' }).fill('Kaunas');
  await expect(page.getByRole('status').filter({ hasText: 'Could not save' })).toBeVisible();

  const before = host.origin;
  await host.start(); // fails by itself if the port moved
  expect(host.origin).toBe(before);
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Kauno kepykla', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'City' })).toHaveValue('Kaunas');
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  const token = new URL(host.url).searchParams.get('token')!;
  const api = createApi(httpInvoke(`${host.origin}/`, () => token));
  const list = await api['smes.list']({ text: 'kauno' });
  expect(list.ok && list.value.items.map((s) => s.city)).toEqual(['Kaunas']);
});

test('when another program holds the port, the page says where unsaved text was left', async ({ app: page, host }) => {
  const port = Number(new URL(host.origin).port);
  await host.stop();
  // Another test's host may take the freed port first; the port is held by another program either
  // way, and waiting for a listen that fails would hang the test.
  const other = net.createServer();
  const ours = await new Promise<boolean>((resolve, reject) => {
    other.once('error', (e: NodeJS.ErrnoException) => (e.code === 'EADDRINUSE' ? resolve(false) : reject(e)));
    other.listen(port, '127.0.0.1', () => resolve(true));
  });
  const moved = await launch(host.dataDir);
  try {
    expect(new URL(moved.url).port).not.toBe(String(port));
    await page.goto(moved.url);
    const notice = page.getByRole('status').filter({ hasText: 'SocialSME 6x3 is at a new address' });
    await expect(notice).toContainText(`Another program was using port ${port}`);
    await expect(notice).toContainText(`--port ${port}`);
    expect(page.url()).not.toMatch(/token|movedFrom/);
    await notice.getByRole('button', { name: 'Close' }).click();
    await expect(notice).toBeHidden();
    await page.reload();
    await expect(page.getByRole('button', { name: 'New SME' })).toBeVisible();
    await expect(notice).toBeHidden();
  } finally {
    await moved.stop();
    if (ours) await new Promise<void>((resolve) => other.close(() => resolve()));
  }
});
