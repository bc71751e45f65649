import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningHost } from '../../../electron/host/server';
import { rememberedPort, startHostFor } from '../../../electron/host/port-memory';
import { testCore } from '../../helpers/core';
import { fakeRenderer } from '../../helpers/host';
import { tempDir } from '../../helpers/tmp';

const open: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const close of open.splice(0).reverse()) await close();
});

/**
 * One start of the browser host on a data folder, as `npm run start:browser` does it; stop()
 * ends it as the app's own shutdown does (host, then database), so the next start is clean.
 */
async function startOn(dataDir: string, port?: number): Promise<{ host: RunningHost; notices: string[]; stop: () => Promise<void> }> {
  const core = testCore(dataDir);
  const started = await startHostFor(dataDir, { dispatch: core.dispatch, rendererDir: fakeRenderer(), port });
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await started.host.close();
    core.close();
  };
  open.push(stop);
  return { ...started, stop };
}

/** Something else listening on 127.0.0.1:port, like another program that got there first. */
async function occupy(port: number): Promise<void> {
  const other = net.createServer();
  await new Promise<void>((resolve, reject) => {
    other.once('error', reject);
    other.listen(port, '127.0.0.1', () => resolve());
  });
  open.push(() => new Promise<void>((resolve) => other.close(() => resolve())));
}

describe('the browser host\'s port, per data folder', () => {
  it('is taken again on the next start, so the page keeps its origin (and its drafts)', async () => {
    const dataDir = tempDir();
    const first = await startOn(dataDir);
    expect(first.notices).toEqual([]);
    expect(new URL(first.host.url).searchParams.has('movedFrom')).toBe(false);
    expect(rememberedPort(dataDir)).toBe(first.host.port);
    await first.stop();
    const second = await startOn(dataDir);
    expect(second.host.port).toBe(first.host.port);
    expect(new URL(second.host.url).origin).toBe(new URL(first.host.url).origin);
    // A new launch, a new token: the port is remembered, the key is not.
    expect(second.host.token).not.toBe(first.host.token);
    expect(second.notices).toEqual([]);
    expect(fs.readFileSync(path.join(dataDir, 'browser-host.json'), 'utf8')).not.toContain(second.host.token);
  });

  it('says so when another program holds the remembered port, and takes another', async () => {
    const dataDir = tempDir();
    const first = await startOn(dataDir);
    const remembered = first.host.port;
    await first.stop();
    await occupy(remembered);
    const second = await startOn(dataDir);
    expect(second.host.port).not.toBe(remembered);
    expect(second.host.preferredPortTaken).toBe(remembered);
    // The page is told too, through its address: it cannot see the old address's drafts.
    expect(new URL(second.host.url).searchParams.get('movedFrom')).toBe(String(remembered));
    expect(second.notices).toHaveLength(1);
    expect(second.notices[0]).toContain(`Port ${remembered}`);
    expect(second.notices[0]).toContain(`using ${second.host.port} instead`);
    expect(second.notices[0]).toContain(`--port ${remembered}`);
    expect(rememberedPort(dataDir)).toBe(second.host.port);
  });

  it('follows --port when given, and remembers it', async () => {
    const dataDir = tempDir();
    const probe = await startOn(tempDir());
    const free = probe.host.port;
    await probe.stop();
    const started = await startOn(dataDir, free);
    expect(started.host.port).toBe(free);
    expect(rememberedPort(dataDir)).toBe(free);
  });

  it('starts anyway, and says why, when the port cannot be written down', async () => {
    const dataDir = tempDir();
    fs.mkdirSync(path.join(dataDir, 'browser-host.json'));
    const started = await startOn(dataDir);
    expect(started.host.port).toBeGreaterThan(0);
    expect(started.notices).toHaveLength(1);
    expect(started.notices[0]).toContain(`Could not remember port ${started.host.port}`);
    expect(fs.existsSync(path.join(dataDir, 'browser-host.json.tmp'))).toBe(false);
  });

  it('ignores a remembered port that is not a port', async () => {
    const dataDir = tempDir();
    for (const text of ['{"port":70000}', '{"port":"8080"}', '{"port":-1}', 'not json', '{"port":1.5}']) {
      fs.writeFileSync(path.join(dataDir, 'browser-host.json'), text);
      expect(rememberedPort(dataDir), text).toBeNull();
    }
  });
});
