import { timingSafeEqual } from 'node:crypto';
import type http from 'node:http';
import { HOST_TOKEN_HEADER } from '../api/client';

/** Why a request to the host is not honoured: the HTTP status and an English line for the log. */
export interface Refusal {
  status: number;
  message: string;
}

/** The two names a browser on this computer may use for the host: the printed one and localhost. */
export function ownHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/**
 * A Host header naming anything else is a DNS-rebinding page (evil.example resolving to
 * 127.0.0.1): refused for every path, static files included.
 */
export function refuseForeignHost(req: http.IncomingMessage, port: number): Refusal | null {
  return ownHosts(port).includes(req.headers.host ?? '') ? null : { status: 403, message: 'Wrong host' };
}

/**
 * Every check an API request must pass before its body is read. Together they mean a page from
 * any other origin, another port of 127.0.0.1 included, cannot get a request honoured:
 * - the token must come in its own header: a cross-origin page can only add that header after a
 *   CORS preflight, and preflights are refused (the host never answers with CORS headers);
 * - Origin and Sec-Fetch-Site, when the browser sends them (it does on every POST), must say
 *   the request comes from our own origin; clients outside a browser send neither;
 * - the body must be declared application/json, which no form, image, script or no-cors fetch
 *   can declare.
 */
export function refuseApiRequest(req: http.IncomingMessage, port: number, token: string): Refusal | null {
  if (req.method === 'OPTIONS') return { status: 403, message: 'Cross-origin requests are not accepted' };
  const origin = req.headers.origin;
  if (origin !== undefined && !ownHosts(port).some((host) => origin === `http://${host}`)) {
    return { status: 403, message: 'Wrong origin' };
  }
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') return { status: 403, message: 'Not a same-origin request' };
  const presented = req.headers[HOST_TOKEN_HEADER.toLowerCase()];
  if (typeof presented !== 'string' || !sameSecret(presented, token)) {
    return { status: 401, message: 'Missing or wrong token' };
  }
  if (req.method !== 'POST') return { status: 405, message: 'POST only' };
  if (!isJson(req.headers['content-type'])) return { status: 415, message: 'The body must be application/json' };
  return null;
}

function isJson(contentType: string | undefined): boolean {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase() === 'application/json';
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
