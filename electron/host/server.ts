import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../core/dispatch';
import { CONTENT_SECURITY_POLICY, contentType, resolveStaticFile } from '../core/static-files';

export interface HostOptions {
  dispatch: Dispatch;
  /** Built renderer (index.html and assets). */
  rendererDir: string;
  port?: number;
  token?: string;
  /** Largest request body accepted, in bytes. */
  maxBody?: number;
}

export interface RunningHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const LOOPBACK = '127.0.0.1';

/**
 * The browser host: the same handlers as Electron's IPC, over HTTP on 127.0.0.1 only.
 * Every request needs the per-launch token, either as ?token= (first page load, which then sets
 * a cookie), as the cookie, or as a bearer header. The Host header must be our own loopback
 * address, which stops DNS-rebinding pages from talking to us.
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const maxBody = options.maxBody ?? 5 * 1024 * 1024;
  let port = 0;
  const cookieName = () => `socialsme_${port}`;

  const server = http.createServer((req, res) => {
    void handle(req, res).catch((error) => {
      console.error('[socialsme] host request failed', error);
      if (!res.headersSent) send(res, 500, { ok: false, error: { code: 'internal', message: 'Host error' } });
      else res.destroy();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', `http://${LOOPBACK}:${port}`);
    const host = req.headers.host ?? '';
    if (host !== `${LOOPBACK}:${port}` && host !== `localhost:${port}`) {
      send(res, 403, { ok: false, error: { code: 'unauthorized', message: 'Wrong host' } });
      return;
    }
    const presented = url.searchParams.get('token') ?? bearer(req) ?? cookie(req, cookieName());
    if (!presented || !same(presented, token)) {
      send(res, 401, { ok: false, error: { code: 'unauthorized', message: 'Missing or wrong token' } });
      return;
    }

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') {
        res.setHeader('Allow', 'POST');
        send(res, 405, { ok: false, error: { code: 'bad_request', message: 'POST only' } });
        return;
      }
      const body = await readBody(req, maxBody);
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
      const channel = decodeURIComponent(url.pathname.slice('/api/'.length));
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
    };
    if (url.searchParams.has('token')) {
      headers['Set-Cookie'] = `${cookieName()}=${token}; HttpOnly; SameSite=Strict; Path=/`;
    }
    res.writeHead(200, headers);
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(file).pipe(res);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://${LOOPBACK}:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(text);
}

function bearer(req: http.IncomingMessage): string | null {
  const header = req.headers.authorization ?? '';
  return header.startsWith('Bearer ') ? header.slice(7) : null;
}

function cookie(req: http.IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return null;
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
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
