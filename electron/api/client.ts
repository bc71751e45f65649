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
      if (typeof key !== 'string' || !/^[a-z]+\.[A-Za-z]+$/.test(key)) return undefined;
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
