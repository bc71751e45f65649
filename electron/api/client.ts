import type { Channel, Request, Response } from './contract';
import { CHANNELS } from './contract';
import type { Result } from './result';

/** What a transport provides: send one request, get one Result back. */
export type Invoke = (channel: Channel, payload: unknown) => Promise<Result<unknown>>;

/** The typed API object: one method per channel, e.g. api['smes.list']({ text: 'bak' }). */
export type Api = { [C in Channel]: (payload?: Request<C>) => Promise<Result<Response<C>>> };

/** Builds the API from any transport; used by the preload and by the renderer's HTTP client. */
export function createApi(invoke: Invoke): Api {
  const api = {} as Record<Channel, (payload?: unknown) => Promise<Result<unknown>>>;
  for (const channel of CHANNELS) api[channel] = (payload) => invoke(channel, payload ?? {});
  return api as Api;
}

/** The object the preload exposes as window.api. */
export interface PreloadBridge {
  invoke: Invoke;
}
