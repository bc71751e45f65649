import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import type { PhoneError } from '../../api/voting-phone';
import type { PhoneDesk, Reply } from './desk';
import type { PageFile } from './page-files';
import { PAGE } from './page-files';
import type { Limits } from './rate';
import { DEFAULT_LIMITS, TokenBucket } from './rate';

export interface VotingServerOptions {
  address: string;
  port: number;
  roomCode: string;
  files: Map<string, PageFile>;
  desk: PhoneDesk;
  limits?: Limits;
}

export interface RunningVotingServer {
  address: string;
  port: number;
  /** What the room types or the QR code carries: http://<address>:<port>/<room code>/ */
  url: string;
  close(): Promise<void>;
}

/** Largest request body: one answer, a comment of 500 characters at most. */
export const MAX_BODY = 4096;

const PhoneId = z.string().regex(/^[A-Za-z0-9_-]{22}$/);
const JoinBody = z.object({ phoneId: PhoneId.optional() }).strict();
const MineBody = z.object({ phoneId: PhoneId }).strict();
const AnswerBody = z
  .object({ phoneId: PhoneId, itemId: z.string().min(1).max(60), value: z.union([z.number().int().min(0).max(10), z.string().max(500), z.null()]) })
  .strict();

const PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
const STATUS: Record<PhoneError, number> = { closed: 410, wrong_code: 404, too_fast: 429, invalid: 400, too_many_dots: 409, unknown_phone: 403, full: 503, offline: 503 };

/**
 * The voting server: the one part of the app that listens beyond loopback, on the address the
 * facilitator picked, only while a round is open. Every request must start with the room code;
 * it serves the participant page, its files and four endpoints of the open round, nothing else.
 */
export async function startVotingServer(options: VotingServerOptions): Promise<RunningVotingServer> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const overall = new TokenBucket(...limits.overall);
  const joins = new TokenBucket(...limits.join);
  const wrongCodes = new TokenBucket(...limits.wrongCode);
  const perPhone = new Map<string, TokenBucket>();
  let port = 0;
  const hostName = options.address.includes(':') ? `[${options.address}]` : options.address;

  const server = http.createServer((req, res) => {
    try {
      handle(req, res);
    } catch (error) {
      console.error('[socialsme] voting request failed', error);
      if (!res.headersSent) json(res, 500, { ok: false, error: 'offline' });
      else res.destroy();
    }
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 15_000;

  function handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    // Only our own address in Host: a page elsewhere cannot rebind a name to us and read along.
    if (req.headers.host !== `${hostName}:${port}`) return text(res, 421, 'Wrong host');
    const url = new URL(req.url ?? '/', `http://${hostName}:${port}`);
    const [code, ...rest] = url.pathname.split('/').slice(1);
    if ((code ?? '').toUpperCase() !== options.roomCode) {
      return wrongCodes.take() ? refuse(res, 'wrong_code') : refuse(res, 'too_fast');
    }
    if (!overall.take()) return refuse(res, 'too_fast');
    const route = rest.join('/');
    if (req.method === 'GET' || req.method === 'HEAD') {
      if (rest.length === 0) return redirect(res, `/${options.roomCode}/`);
      if (route === '') return file(res, req, options.files.get(PAGE)!);
      if (route.startsWith('assets/') && options.files.has(route)) return file(res, req, options.files.get(route)!);
      if (route === 'api/round') return json(res, 200, { ok: true, value: options.desk.round(url.searchParams.get('lang') ?? 'en') });
      return text(res, 404, 'Not found');
    }
    if (req.method !== 'POST' || !['api/join', 'api/mine', 'api/answer'].includes(route)) return text(res, 404, 'Not found');
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return refuse(res, 'invalid');
    readBody(req, (body) => {
      if (body === null) return refuse(res, 'invalid', 413);
      let payload: unknown;
      try {
        payload = JSON.parse(body);
      } catch {
        return refuse(res, 'invalid');
      }
      void answer(res, route, payload).catch((error) => {
        console.error('[socialsme] voting request failed', error);
        if (!res.headersSent) refuse(res, 'offline', 500);
      });
    });
  }

  async function answer(res: http.ServerResponse, route: string, payload: unknown): Promise<void> {
    const { desk } = options;
    if (route === 'api/join') {
      const body = JoinBody.safeParse(payload);
      if (!body.success) return refuse(res, 'invalid');
      if (!(body.data.phoneId && desk.knows(body.data.phoneId)) && !joins.take()) return refuse(res, 'too_fast');
      return reply(res, desk.join(body.data.phoneId));
    }
    const body = (route === 'api/mine' ? MineBody : AnswerBody).safeParse(payload);
    if (!body.success) return refuse(res, 'invalid');
    const { phoneId } = body.data;
    if (!desk.knows(phoneId)) return refuse(res, 'unknown_phone');
    let bucket = perPhone.get(phoneId);
    if (!bucket) perPhone.set(phoneId, (bucket = new TokenBucket(...limits.phone)));
    if (!bucket.take()) return refuse(res, 'too_fast');
    if (route === 'api/mine') return reply(res, desk.mine(phoneId));
    const { itemId, value } = body.data as z.output<typeof AnswerBody>;
    return reply(res, await desk.answer(phoneId, itemId, value));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.address, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    address: options.address,
    port,
    url: `http://${hostName}:${port}/${options.roomCode}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function readBody(req: http.IncomingMessage, done: (body: string | null) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let over = false;
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > MAX_BODY) over = true;
    else chunks.push(chunk);
  });
  req.on('end', () => done(over ? null : Buffer.concat(chunks).toString('utf8')));
  req.on('error', () => done(null));
}

const SAFE_HEADERS = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer', 'X-Frame-Options': 'DENY' };

function json(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...SAFE_HEADERS, 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}

function reply<T>(res: http.ServerResponse, result: Reply<T>): void {
  if (result.ok) json(res, 200, result);
  else refuse(res, result.error);
}

function refuse(res: http.ServerResponse, error: PhoneError, status = STATUS[error]): void {
  if (status === 429) res.setHeader('Retry-After', '1');
  json(res, status, { ok: false, error });
}

function text(res: http.ServerResponse, status: number, body: string): void {
  res.writeHead(status, { ...SAFE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }).end(body);
}

function redirect(res: http.ServerResponse, location: string): void {
  res.writeHead(302, { ...SAFE_HEADERS, Location: location }).end();
}

function file(res: http.ServerResponse, req: http.IncomingMessage, f: PageFile): void {
  res.writeHead(200, { ...SAFE_HEADERS, 'Content-Type': f.type, 'Content-Security-Policy': PAGE_POLICY });
  res.end(req.method === 'HEAD' ? undefined : f.body);
}
