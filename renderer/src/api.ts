import type { Api, PreloadBridge } from '@api/client';
import { createApi, httpInvoke } from '@api/client';
import type { Result } from '@api/result';
import { hostToken } from './hostAddress';

declare global {
  interface Window {
    /** Provided by the Electron preload; absent in the browser host. */
    api?: PreloadBridge;
  }
}

export const api: Api = createApi(window.api ? window.api.invoke : httpInvoke(`${location.origin}/`, hostToken));

/** Unwraps a Result or throws its error (for loaders that show an error state). */
export async function must<T>(result: Promise<Result<T>>): Promise<T> {
  const r = await result;
  if (!r.ok) throw Object.assign(new Error(r.error.message), { appError: r.error });
  return r.value;
}
