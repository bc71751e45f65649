import fs from 'node:fs';
import path from 'node:path';
import type { HostOptions, RunningHost } from './server';
import { startHost } from './server';

/**
 * The browser host keeps its port per data folder. The renderer's drafts live in the browser's
 * localStorage, which belongs to the origin, port included: on a new port, text typed while the
 * host was down would be out of reach. So the port last used is written into the data folder
 * (it moves with the folder, e.g. on a stick) and taken again on the next start.
 */
const FILE = 'browser-host.json';

export function rememberedPort(dataDir: string): number | null {
  try {
    const { port } = JSON.parse(fs.readFileSync(path.join(dataDir, FILE), 'utf8')) as { port?: unknown };
    return typeof port === 'number' && Number.isInteger(port) && port > 0 && port <= 65535 ? port : null;
  } catch {
    // Never written yet, or not ours to read: the host simply takes a free port.
    return null;
  }
}

/** Writes the port; answers why it could not (a read-only stick), or null when it did. */
export function rememberPort(dataDir: string, port: number): string | null {
  const file = path.join(dataDir, FILE);
  const temporary = `${file}.tmp`;
  try {
    fs.writeFileSync(temporary, `${JSON.stringify({ port })}\n`, { mode: 0o600 });
    fs.renameSync(temporary, file);
    return null;
  } catch (error) {
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      // A folder that refused the write may refuse this too; there is nothing left to tidy then.
    }
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Starts the host for a data folder: on the port given (options.port), else on the port of the
 * last start when it is free, else on any free one; then remembers the port. `notices` are the
 * lines to tell the person starting it: the port moved, or could not be remembered.
 */
export async function startHostFor(dataDir: string, options: Omit<HostOptions, 'preferredPort'>): Promise<{ host: RunningHost; notices: string[] }> {
  const preferredPort = rememberedPort(dataDir) ?? undefined;
  const host = await startHost({ ...options, preferredPort });
  const notices: string[] = [];
  if (host.preferredPortTaken !== null) {
    notices.push(
      `Port ${host.preferredPortTaken}, used by this data folder last time, is taken by another program: using ${host.port} instead. ` +
        `Text typed but not saved at the old address is kept by the browser for that address; to get it back, close the other program and start again with --port ${host.preferredPortTaken}.`,
    );
  }
  const notRemembered = rememberPort(dataDir, host.port);
  if (notRemembered) notices.push(`Could not remember port ${host.port} for this data folder (${notRemembered}); the next start may use another one.`);
  return { host, notices };
}
