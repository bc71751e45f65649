import { describe, expect, it } from 'vitest';
import { createApi } from '../../../electron/api/client';
import { CHANNELS } from '../../../electron/api/contract';

describe("the renderer's client", () => {
  it('offers every channel of the contract (camelCase namespaces too) and is never taken for a promise', async () => {
    const calls: string[] = [];
    const api = createApi(async (channel) => {
      calls.push(channel);
      return { ok: true, value: null };
    });
    const methods = api as unknown as Record<string, unknown>;
    for (const channel of CHANNELS) expect(typeof methods[channel], channel).toBe('function');
    expect(methods['then']).toBeUndefined();
    await api['caseFiles.preview']({ base64: '' });
    expect(calls).toEqual(['caseFiles.preview']);
  });
});
