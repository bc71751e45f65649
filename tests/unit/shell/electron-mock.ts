import { vi } from 'vitest';

/** A stand-in for the parts of the electron module the shell touches. */
export function electronMock() {
  const handlers = new Map<string, (event: unknown, payload: unknown) => unknown>();
  const exposed: Record<string, unknown> = {};
  const protocolHandlers = new Map<string, (req: Request) => Promise<Response>>();
  return {
    handlers,
    exposed,
    protocolHandlers,
    module: {
      ipcMain: { handle: vi.fn((channel: string, fn: (e: unknown, p: unknown) => unknown) => handlers.set(channel, fn)) },
      ipcRenderer: { invoke: vi.fn(async (channel: string, payload: unknown) => ({ ok: true, value: { channel, payload } })) },
      contextBridge: { exposeInMainWorld: vi.fn((key: string, value: unknown) => (exposed[key] = value)) },
      protocol: {
        registerSchemesAsPrivileged: vi.fn(),
        handle: vi.fn((scheme: string, fn: (req: Request) => Promise<Response>) => protocolHandlers.set(scheme, fn)),
      },
      net: { fetch: vi.fn(async (url: string) => new Response(`file:${url}`, { status: 200 })) },
      shell: { openExternal: vi.fn() },
      session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
      BrowserWindow: vi.fn(),
      app: { getPath: vi.fn(() => '/home/user/.config/SocialSME 6x3'), setPath: vi.fn(), isPackaged: true },
    },
  };
}
