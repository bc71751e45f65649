import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { HOST_TOKEN_HEADER } from '../electron/api/client';
import { appRoot } from '../electron/core/app-root';

export interface HostProcess {
  child: ChildProcess;
  /** A contract call through the host; answers the value or throws the refusal. */
  post: <T = unknown>(channel: string, body: unknown) => Promise<T>;
  /** The same call answering the whole result, refusals included. */
  raw: (channel: string, body: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;
}

/** The built browser host in its own process on `dataDir`, as a facilitator's browser talks to it. */
export async function startHostProcess(dataDir: string): Promise<HostProcess> {
  const child = spawn(process.execPath, [path.join(appRoot(), 'dist', 'host', 'cli.cjs'), '--data-dir', dataDir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stderr!.resume();
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the host ended (${code}) before it listened`)));
    readline.createInterface({ input: child.stdout! }).on('line', (line) => line.startsWith('URL: ') && resolve(line.slice(5)));
  });
  const { origin, searchParams } = new URL(url);
  const token = searchParams.get('token')!;
  const raw = async (channel: string, body: unknown) => {
    const response = await fetch(`${origin}/api/${channel}`, {
      method: 'POST',
      headers: { [HOST_TOKEN_HEADER]: token, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    return (await response.json()) as { ok: boolean; value?: unknown; error?: { code: string } };
  };
  const post = async <T>(channel: string, body: unknown) => {
    const r = await raw(channel, body);
    if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
    return r.value as T;
  };
  return { child, post, raw };
}

/** Ends the host as a power cut or a pulled stick would: no chance to finish anything. */
export function killHard(host: HostProcess): Promise<void> {
  return new Promise((resolve) => {
    if (host.child.exitCode !== null || host.child.signalCode !== null) return resolve();
    host.child.once('exit', () => resolve());
    host.child.kill('SIGKILL');
  });
}

export function stopHost(host: HostProcess): Promise<void> {
  return new Promise((resolve) => {
    if (host.child.exitCode !== null) return resolve();
    host.child.once('exit', () => resolve());
    host.child.kill('SIGTERM');
  });
}
