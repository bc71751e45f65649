import type { Api, PreloadBridge } from '@api/client';
import { createApi, httpInvoke } from '@api/client';
import type { Result } from '@api/result';

declare global {
  interface Window {
    /** Provided by the Electron preload; absent in the browser host. */
    api?: PreloadBridge;
  }
}

const TOKEN_KEY = 'socialsme.hostToken';
let hostToken: string | null = null;

/**
 * The browser host prints its address as …/?token=…. The token is kept for this tab only, in
 * sessionStorage, which belongs to this origin (port included), so no page served from another
 * port can read it; then it is taken out of the address bar, so it is not in a bookmark or
 * shown on screen. A reload of the tab keeps working; a new start of the host brings a new
 * address and so a new token.
 */
export function takeHostToken(): void {
  if (window.api) return;
  const params = new URLSearchParams(location.search);
  const fromAddress = params.get('token');
  if (fromAddress !== null) {
    hostToken = fromAddress;
    try {
      sessionStorage.setItem(TOKEN_KEY, fromAddress);
    } catch {
      // Storage switched off: the token lives as long as this page, which is enough to work.
    }
    params.delete('token');
    const query = params.toString();
    history.replaceState(history.state, '', location.pathname + (query ? `?${query}` : '') + location.hash);
    return;
  }
  try {
    hostToken = sessionStorage.getItem(TOKEN_KEY);
  } catch {
    hostToken = null;
  }
}

export const api: Api = createApi(window.api ? window.api.invoke : httpInvoke(`${location.origin}/`, () => hostToken));

/** Unwraps a Result or throws its error (for loaders that show an error state). */
export async function must<T>(result: Promise<Result<T>>): Promise<T> {
  const r = await result;
  if (!r.ok) throw Object.assign(new Error(r.error.message), { appError: r.error });
  return r.value;
}
