import type { Api, Invoke, PreloadBridge } from '@api/client';
import { createApi } from '@api/client';
import type { Result } from '@api/result';

declare global {
  interface Window {
    /** Provided by the Electron preload; absent in the browser host. */
    api?: PreloadBridge;
  }
}

/** The browser host's transport: POST /api/<channel>; the token travels as a cookie. */
const httpInvoke: Invoke = async (channel, payload) => {
  try {
    const response = await fetch(`api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(payload ?? {}),
    });
    const body = (await response.json()) as Result<unknown>;
    return body;
  } catch (error) {
    return { ok: false, error: { code: 'internal', message: `Host not reachable: ${String(error)}` } };
  }
};

export const api: Api = createApi(window.api ? window.api.invoke : httpInvoke);

/** Unwraps a Result or throws its error (for loaders that show an error state). */
export async function must<T>(result: Promise<Result<T>>): Promise<T> {
  const r = await result;
  if (!r.ok) throw Object.assign(new Error(r.error.message), { appError: r.error });
  return r.value;
}
