import path from 'node:path';
import type { RoundSetup } from '../../../electron/api/voting';
import type { coreForEachTest } from '../../helpers/core';

export const FIXTURE_RENDERER = path.join(import.meta.dirname, 'fixtures', 'renderer');

// The phone's side of the wire: a loose shape, as a test reads whatever the server sent.
type Reply = { ok: boolean; value?: Record<string, never> & { phoneId: string; answers: Record<string, number | string> }; error?: string };

/** A phone as the voting server sees it: plain HTTP requests to the round's address. */
export class Phone {
  phoneId = '';
  constructor(readonly url: string) {}

  async post(route: string, body: unknown, init: { raw?: string; type?: string } = {}) {
    const response = await fetch(new URL(route, this.url), {
      method: 'POST',
      headers: { 'Content-Type': init.type ?? 'application/json' },
      body: init.raw ?? JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json().catch(() => null)) as Reply | null };
  }

  async join() {
    const r = await this.post('api/join', this.phoneId ? { phoneId: this.phoneId } : {});
    if (!r.body?.ok) throw new Error(`join refused: ${JSON.stringify(r)}`);
    this.phoneId = r.body.value!.phoneId;
    return this;
  }

  answer(itemId: string, value: number | string | null) {
    return this.post('api/answer', { phoneId: this.phoneId, itemId, value });
  }

  async mine(): Promise<Record<string, number | string>> {
    return (await this.post('api/mine', { phoneId: this.phoneId })).body!.value!.answers;
  }
}

/** An SME with a process (six workshops) and a voting round open on its first workshop, on 127.0.0.1. */
export async function openRound(cores: ReturnType<typeof coreForEachTest>, setup: RoundSetup, secret = 'Zyxel Secret Bakery') {
  cores.start({ rendererDir: FIXTURE_RENDERER });
  const sme = await cores.call('smes.create', { name: secret, country: 'LT' });
  const process = await cores.call('processes.create', { smeId: sme.id, title: `${secret} process`, language: 'en', startDate: '2027-01-10' });
  const workshopId = process.workshops[0]!.id;
  const round = await cores.call('voting.open', { workshopId, setup, listen: { address: '127.0.0.1', port: 0 } });
  return { sme, process, workshopId, round };
}
