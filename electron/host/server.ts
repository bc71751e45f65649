import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../core/dispatch';
import { CONTENT_SECURITY_POLICY, contentType, resolveStaticFile } from '../core/static-files';
import type { Refusal } from './guard';
import { refuseApiRequest, refuseForeignHost } from './guard';

export interface HostOptions {
  dispatch: Dispatch;
  /** Built renderer (index.html and assets). */
  rendererDir: string;
  /** Exactly this port (0: any free one); start-up fails when it is taken. */
  port?: number;
  /** This port when it is free, else any free one (the port remembered for the data folder). */
  preferredPort?: number;
  token?: string;
  /** Largest request body accepted, in bytes. */
  maxBody?: number;
  /** Largest body of a call that carries a whole file (a case file or backup being imported). */
  maxFileBody?: number;
}

/** The calls whose body is a file the facilitator uploaded; every other call stays small. */
const FILE_CHANNELS: ReadonlySet<string> = new Set(['caseFiles.preview', 'caseFiles.import', 'backups.preview', 'backups.restore']);

export interface RunningHost {
  url: string;
  port: number;
  token: string;
  /** The preferred port, when another program held it and a different one was taken. */
  preferredPortTaken: number | null;
  close(): Promise<void>;
}

const LOOPBACK = '127.0.0.1';

/**
 * The browser host: the same handlers as Electron's IPC, over HTTP on 127.0.0.1 only.
 * The app's static files are served to anyone who names our Host: they are the public bundle and
 * hold no data, and the first page load cannot carry a header. Every API request needs the
 * per-launch token in its own header and must come from our own origin (see guard.ts); the
 * token reaches the page through the printed address and is never a cookie.
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const maxBody = options.maxBody ?? 5 * 1024 * 1024;
  // A 200 MB database as base64 in JSON, with room to spare.
  const maxFileBody = options.maxFileBody ?? 400 * 1024 * 1024;
  let port = 0;

  const server = http.createServer((req, res) => {
    void handle(req, res).catch((error) => {
      console.error('[socialsme] host request failed', error);
      if (!res.headersSent) send(res, 500, { ok: false, error: { code: 'internal', message: 'Host error' } });
      else res.destroy();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', `http://${LOOPBACK}:${port}`);
    const foreign = refuseForeignHost(req, port);
    if (foreign) return refuse(res, foreign);

    if (url.pathname.startsWith('/api/')) {
      const refusal = refuseApiRequest(req, port, token);
      if (refusal) {
        // A refused body is discarded unread: a forged payload never reaches a handler.
        req.resume();
        return refuse(res, refusal);
      }
      let channel: string;
      try {
        channel = decodeURIComponent(url.pathname.slice('/api/'.length));
      } catch {
        req.resume();
        return refuse(res, { status: 400, message: 'Malformed channel name' });
      }
      const body = await readBody(req, FILE_CHANNELS.has(channel) ? maxFileBody : maxBody);
      if (body === null) {
        send(res, 413, { ok: false, error: { code: 'bad_request', message: 'Request too large' } });
        return;
      }
      let payload: unknown;
      try {
        payload = body.length ? JSON.parse(body) : {};
      } catch {
        send(res, 400, { ok: false, error: { code: 'bad_request', message: 'Body is not JSON' } });
        return;
      }
      send(res, 200, await options.dispatch(channel, payload));
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      send(res, 405, { ok: false, error: { code: 'bad_request', message: 'GET only' } });
      return;
    }
    const file = resolveStaticFile(options.rendererDir, url.pathname);
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const headers: http.OutgoingHttpHeaders = {
      'Content-Type': contentType(file),
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
      // No other origin may embed our files (as a script, image or frame).
      'Cross-Origin-Resource-Policy': 'same-origin',
    };
    res.writeHead(200, headers);
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(file).pipe(res);
  }

  let preferredPortTaken: number | null = null;
  if (options.port === undefined && options.preferredPort) {
    try {
      await listen(server, options.preferredPort);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
      preferredPortTaken = options.preferredPort;
      await listen(server, 0);
    }
  } else {
    await listen(server, options.port ?? 0);
  }
  port = (server.address() as AddressInfo).port;
  // The page learns from its address that it moved, so it can say where unsaved text was left.
  const moved = preferredPortTaken === null ? '' : `&movedFrom=${preferredPortTaken}`;
  return {
    url: `http://${LOOPBACK}:${port}/?token=${token}${moved}`,
    port,
    token,
    preferredPortTaken,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function listen(server: http.Server, port: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const fail = (error: Error) => reject(error);
    server.once('error', fail);
    server.listen(port, LOOPBACK, () => {
      server.off('error', fail);
      resolve();
    });
  });
}

function refuse(res: http.ServerResponse, refusal: Refusal): void {
  if (refusal.status === 405) res.setHeader('Allow', 'POST');
  const code = refusal.status === 401 || refusal.status === 403 ? 'unauthorized' : 'bad_request';
  send(res, refusal.status, { ok: false, error: { code, message: refusal.message } });
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Resource-Policy': 'same-origin',
  });
  res.end(text);
}

function readBody(req: http.IncomingMessage, max: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
