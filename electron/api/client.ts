import type { Channel, Request, Response } from './contract';
import type { Result } from './result';

/** What a transport provides: send one request, get one Result back. */
export type Invoke = (channel: Channel, payload: unknown) => Promise<Result<unknown>>;

/** The typed API object: one method per channel, e.g. api['smes.list']({ text: 'bak' }). */
export type Api = { [C in Channel]: (payload?: Request<C>) => Promise<Result<Response<C>>> };

/**
 * Builds the API from any transport. Channel names are checked by the type system here and at run
 * time by the other side (preload and host refuse unknown channels), so the renderer need not load
 * every channel's schemas just to talk: the first screen would pay for the whole contract.
 */
export function createApi(invoke: Invoke): Api {
  const methods = new Map<string, (payload?: unknown) => Promise<Result<unknown>>>();
  return new Proxy({} as Api, {
    get(_target, key) {
      // Only `namespace.action` names are channels; anything else (`then`, symbols) is absent, so
      // the object is never mistaken for a promise.
      if (typeof key !== 'string' || !/^[a-z][A-Za-z]*\.[A-Za-z]+$/.test(key)) return undefined;
      let method = methods.get(key);
      if (!method) methods.set(key, (method = (payload) => invoke(key as Channel, payload ?? {})));
      return method;
    },
  });
}

/** The object the preload exposes as window.api. */
export interface PreloadBridge {
  invoke: Invoke;
}

/**
 * The request header that carries the browser host's per-launch token. A page from another
 * origin (any other port of 127.0.0.1 included) cannot add it without a CORS preflight, which
 * the host refuses, so a forged request never carries it. The token is never a cookie: cookies
 * reach every port of a host.
 */
export const HOST_TOKEN_HEADER = 'X-SocialSME-Token';

/**
 * The browser host's transport: POST <base>api/<channel>, a JSON body and the token header,
 * no cookies. `token` is asked on every call, so a tab that is handed a new one uses it at once.
 */
export function httpInvoke(base: string, token: () => string | null): Invoke {
  return async (channel, payload) => {
    try {
      const response = await fetch(new URL(`api/${encodeURIComponent(channel)}`, base), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [HOST_TOKEN_HEADER]: token() ?? '' },
        credentials: 'omit',
        body: JSON.stringify(payload ?? {}),
      });
      return (await response.json()) as Result<unknown>;
    } catch (error) {
      return { ok: false, error: { code: 'internal', message: `Host not reachable: ${String(error)}` } };
    }
  };
}
