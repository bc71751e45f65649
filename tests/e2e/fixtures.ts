import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test as base, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface Host {
  url: string;
  origin: string;
  dataDir: string;
  /** Stops the host and starts a new one on the same data folder and port (a restart of the app). */
  restart(): Promise<void>;
  stop(): Promise<void>;
  /** Starts the host again after stop(); it takes the port it remembered for the data folder. */
  start(): Promise<void>;
}

/** Starts `npm run start:browser` as a user would; the address comes from its `URL:` line. */
export async function launch(dataDir: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['dist/host/cli.cjs', '--data-dir', dataDir], {
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (c) => (stderr += c));
  const url = await new Promise<string>((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      if (line.startsWith('URL: ')) resolve(line.slice(5).trim());
    });
    child.once('exit', (code) => reject(new Error(`host exited with ${code}: ${stderr}`)));
  });
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * Every test gets its own browser host on a fresh data folder, and fails if the page asks any
 * origin but the host for anything (no CDN fonts, no remote images, nothing).
 */
export const test = base.extend<{ firstStart: boolean; host: Host; app: Page }>({
  // The welcome of a first start covers every screen; a test meets it only when it asks to.
  firstStart: [false, { option: true }],
  host: async ({ firstStart }, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'socialsme-e2e-'));
    if (!firstStart) fs.writeFileSync(path.join(dataDir, 'settings.json'), JSON.stringify({ welcomeSeen: true }));
    let running = await launch(dataDir);
    const host: Host = {
      get url() { return running.url; },
      get origin() { return new URL(running.url).origin; },
      dataDir,
      restart: async () => {
        await host.stop();
        await host.start();
      },
      stop: () => running.stop(),
      // The host remembers its port per data folder, so the page stays on one origin (its
      // storage and drafts too), like the desktop app.
      start: async () => {
        const before = host.origin;
        running = await launch(dataDir);
        if (host.origin !== before) throw new Error(`the host moved from ${before} to ${host.origin} on a restart`);
      },
    };
    await use(host);
    await running.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
  app: async ({ page, host }, use) => {
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol === 'data:' || url.protocol === 'blob:') return;
      if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(url.origin)) foreign.push(request.url());
    });
    await page.goto(host.url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await use(page);
    expect(foreign, 'requests to other origins').toEqual([]);
  },
});

export { expect };

/** Fails with the list of serious or critical axe-core violations on the page as it is now. */
export async function noSeriousViolations(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${screen}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}
