import { _electron as electron, expect, test } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// The real desktop app: starts with a fresh data folder, keeps an SME across a restart.
test('the desktop app keeps an SME across a restart', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'socialsme-electron-'));
  const launch = () => electron.launch({ args: ['.', '--data-dir', dataDir] });

  let app = await launch();
  let window = await app.firstWindow();
  await expect(window.getByRole('heading', { level: 1, name: 'SocialSME 6x3' })).toBeVisible();
  // Sandboxed, isolated renderer: no Node globals, only the bridge.
  expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
  expect(await window.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
  expect(await window.evaluate(() => Object.keys((globalThis as { api?: object }).api ?? {}))).toEqual(['invoke']);
  await window.getByRole('button', { name: 'New SME' }).click();
  await window.getByRole('dialog').getByRole('textbox', { name: 'Name' }).fill('Electron Bakery');
  await window.getByRole('dialog').getByRole('textbox', { name: 'Country' }).click();
  await window.getByRole('option', { name: 'Latvia' }).click();
  await window.getByRole('button', { name: 'Create' }).click();
  await expect(window.getByRole('heading', { level: 2, name: 'Electron Bakery' })).toBeVisible();
  await app.close();

  app = await launch();
  window = await app.firstWindow();
  await expect(window.getByRole('button', { name: 'Electron Bakery', exact: true })).toBeVisible();
  await app.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});
