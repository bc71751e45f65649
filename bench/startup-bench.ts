import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import zlib from 'node:zlib';
import { SmeInput } from '../electron/api/smes';
import { createAppCore } from '../electron/core/app-core';
import { appRoot } from '../electron/core/app-root';
import { JsonSettingsStore } from '../electron/core/settings/json-store';
import { SmeRepository } from '../electron/core/smes/repository';
import { generateSmes } from './data';
import { ms, percentile } from './stats';

const RUNS = 10;
// The same browser and flags as the end-to-end tests: Debian's Chromium, kept off the network.
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/**
 * Marks, inside the page, the moment the SME list's "New SME" button is on screen and enabled,
 * and the moment the list has its first answer (the result count). performance.now() counts
 * from the start of the navigation, so the figure holds no Playwright polling delay.
 * (A string: this project's Node code is type-checked without the DOM.)
 */
const MARK_READINESS = `(() => {
  const check = () => {
    if (window.__usable === undefined) {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'New SME');
      if (button && !button.disabled && button.getClientRects().length > 0) window.__usable = performance.now();
    }
    if (window.__listed === undefined && document.querySelector('[data-testid="result-count"]')) window.__listed = performance.now();
    return window.__usable !== undefined && window.__listed !== undefined;
  };
  const observer = new MutationObserver(() => check() && observer.disconnect());
  observer.observe(document, { subtree: true, childList: true, attributes: true });
})()`;
const READY = () => {
  const marks = globalThis as unknown as { __usable?: number; __listed?: number };
  return marks.__usable !== undefined && marks.__listed !== undefined && [marks.__usable, marks.__listed];
};

/** Fills a data folder with `count` SMEs (three contacts each), as the other benches do. */
function dataFolder(count: number): string {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'socialsme-bench-startup-'));
  // A facilitator's usual start, not the first one with its welcome over the list.
  new JsonSettingsStore(dataDir).update({ welcomeSeen: true });
  if (count === 0) return dataDir;
  const core = createAppCore({ dataDir, settings: new JsonSettingsStore(dataDir), shell: 'browser', version: 'bench', systemLanguages: () => ['en'] });
  const repository = new SmeRepository(core.db!);
  core.db!.transaction(() => {
    for (const sme of generateSmes(count)) repository.create(SmeInput.parse(sme));
  })();
  core.close();
  return dataDir;
}

async function timeStartup(count: number) {
  const dataDir = dataFolder(count);
  const host = spawn(process.execPath, [path.join(appRoot(), 'dist', 'host', 'cli.cjs'), '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve) => {
    readline.createInterface({ input: host.stdout! }).on('line', (line) => line.startsWith('URL: ') && resolve(line.slice(5)));
  });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const usable: number[] = [];
  let loaded: string[] = [];
  const listed: number[] = [];
  const foreign: string[] = [];
  try {
    // One unmeasured load first, so the host's files are in the OS cache for every measured run.
    for (let run = -1; run < RUNS; run++) {
      const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1366, height: 860 } });
      await context.addInitScript({ content: MARK_READINESS });
      const page = await context.newPage();
      page.on('request', (r) => !r.url().startsWith(new URL(url).origin) && !/^(data|blob):/.test(r.url()) && foreign.push(r.url()));
      await page.goto(url);
      const [u, l] = (await (await page.waitForFunction(READY)).jsonValue()) as [number, number];
      if (run >= 0) {
        usable.push(u);
        listed.push(l);
      }
      // The app's files the page had fetched by the time the button could be used.
      if (run === 0) loaded = await page.evaluate((by) => (performance.getEntriesByType('resource') as unknown as { name: string; responseEnd: number }[]).filter((r) => r.responseEnd <= by).map((r) => new URL(r.name).pathname), u);
      await context.close();
    }
  } finally {
    await browser.close();
    host.kill('SIGTERM');
    await new Promise((resolve) => host.once('exit', resolve));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  if (foreign.length) throw new Error(`The start-up page asked other origins: ${foreign.join(', ')}`);
  const stats = (list: number[]) => {
    const sorted = [...list].sort((a, b) => a - b);
    // Median of an even count: the mean of the middle two.
    return { median: (sorted[RUNS / 2 - 1]! + sorted[RUNS / 2]!) / 2, max: sorted[RUNS - 1]!, p90: percentile(sorted, 90) };
  };
  return { usable: stats(usable), listed: stats(listed), loaded };
}

/**
 * What the first screen has to load: the entry script with every chunk it imports statically
 * (those the browser fetches before running anything), and the style sheets linked from the page.
 */
export function initialAssets(rendererDir: string): { js: string[]; css: string[] } {
  const html = fs.readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
  const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]+)"`).exec(tag)?.[1];
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  const js = new Set<string>();
  const css = new Set<string>();
  for (const tag of tags) {
    if (tag.startsWith('<script') && attr(tag, 'src')) js.add(path.join(rendererDir, attr(tag, 'src')!));
    if (/rel="modulepreload"/.test(tag)) js.add(path.join(rendererDir, attr(tag, 'href')!));
    if (/rel="stylesheet"/.test(tag)) css.add(path.join(rendererDir, attr(tag, 'href')!));
  }
  // Follow static imports (`import … from "./x.js"` and bare `import "./x.js"`), not import().
  const queue = [...js];
  while (queue.length) {
    const file = queue.shift()!;
    const source = fs.readFileSync(file, 'utf8');
    for (const match of source.matchAll(/(?:^|[;}\s])import\s*(?:[\w$*{},\s]+from\s*)?["']([^"']+\.js)["']/g)) {
      const next = path.resolve(path.dirname(file), match[1]!);
      if (!js.has(next)) {
        js.add(next);
        queue.push(next);
      }
    }
  }
  return { js: [...js], css: [...css] };
}

const gzipKb = (files: string[]) => files.reduce((sum, f) => sum + zlib.gzipSync(fs.readFileSync(f)).length, 0) / 1000;
const rawKb = (files: string[]) => files.reduce((sum, f) => sum + fs.statSync(f).size, 0) / 1000;

/** Start-up: navigation until the SME list's "New SME" button can be used, in a fresh browser context. */
export async function benchStartup(): Promise<void> {
  const rendererDir = path.join(appRoot(), 'dist', 'renderer');
  const { js, css } = initialAssets(rendererDir);
  const rows: Record<string, Record<string, string>> = {};
  let loaded: string[] = [];
  const loadAverage = os.loadavg()[0]!.toFixed(2);
  for (const count of [0, 5000]) {
    const { usable, listed, loaded: files } = await timeStartup(count);
    if (count === 0) loaded = files;
    rows[count === 0 ? 'empty data folder' : `${count} SMEs`] = {
      '"New SME" usable, median': ms(usable.median),
      max: ms(usable.max),
      'list shown, median': ms(listed.median),
      'list max': ms(listed.max),
    };
  }
  // What the page fetched counts the code that starts loading at once through import() as well,
  // which reading index.html alone cannot see.
  const fetched = (ext: RegExp) => loaded.filter((p) => ext.test(p)).map((p) => path.join(rendererDir, decodeURIComponent(p)));
  const [fetchedJs, fetchedCss] = [fetched(/\.m?js$/), fetched(/\.css$/)];
  console.log('\nStart-up, what the first screen loads (gzip level 6):');
  console.log(`  fetched by the page until "New SME" is usable: JavaScript ${fetchedJs.length} file(s), ${gzipKb(fetchedJs).toFixed(1)} kB gzipped (${rawKb(fetchedJs).toFixed(1)} kB raw)   (target ≤ 200 kB gzipped)`);
  console.log(`                                                  CSS ${fetchedCss.length} file(s), ${gzipKb(fetchedCss).toFixed(1)} kB gzipped (${rawKb(fetchedCss).toFixed(1)} kB raw)`);
  console.log(`  named by index.html (entry, its static imports, style sheets): JavaScript ${gzipKb(js).toFixed(1)} kB gzipped, CSS ${gzipKb(css).toFixed(1)} kB gzipped`);
  console.log(`Start-up in Chromium through the browser host, ${RUNS} runs each, fresh context per run (load average ${loadAverage} at the start):`);
  console.table(rows);
  console.log('  (target: "New SME" usable, median ≤ 800 ms for both)');
}
