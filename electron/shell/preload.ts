import { contextBridge, ipcRenderer } from 'electron';
import type { PreloadBridge } from '../api/client';
import { isChannel } from '../api/contract';
import type { Result } from '../api/result';

/** window.api: one invoke() for every contract channel; nothing else crosses the bridge. */
const bridge = {
  invoke: async (channel, payload) => {
    if (!isChannel(channel)) {
      return { ok: false, error: { code: 'bad_request', message: `Unknown channel ${String(channel)}` } };
    }
    return (await ipcRenderer.invoke(channel, payload)) as Result<unknown>;
  },
} satisfies PreloadBridge;

contextBridge.exposeInMainWorld('api', bridge);
