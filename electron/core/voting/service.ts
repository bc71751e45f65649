import QRCode from 'qrcode';
import { AppFailure } from '../../api/result';
import type { OpenRound, RoundSetup, RoundView } from '../../api/voting';
import type { ContentLibrary } from '../library/library';
import { createDesk } from './desk';
import { phoneRound, roundItems } from './items';
import { networkChoices } from './network';
import { loadPageFiles } from './page-files';
import type { Limits } from './rate';
import { DEFAULT_LIMITS } from './rate';
import type { RoundStore, StoredRound } from './rounds';
import type { RunningVotingServer } from './server';
import { startVotingServer } from './server';

export interface VotingDeps {
  store: RoundStore;
  library: ContentLibrary;
  /** The language of the process a round belongs to (the text of the statements). */
  languageOf: (processId: string) => string;
  rendererDir: string;
  limits?: Limits;
}

export interface Listen {
  address: string;
  port: number;
}

interface Running {
  round: StoredRound;
  server: RunningVotingServer;
  qrSvg: string;
}

/**
 * At most one round is open at a time, and its voting server runs exactly as long as it is open:
 * opened by the facilitator's click, stopped by closing the round or quitting the app.
 */
export class VotingService {
  private running: Running | null = null;

  constructor(private readonly deps: VotingDeps) {
    // A round left open by a crash has no server any more: its stored answers stay, it is closed.
    deps.store.closeAllOpen();
  }

  async open(workshopId: string, setup: RoundSetup, listen: Listen): Promise<OpenRound> {
    this.refuseSecond();
    const round = this.deps.store.create(workshopId, setup);
    try {
      return await this.start(round, listen);
    } catch (error) {
      this.deps.store.setStatus(round.id, 'closed');
      throw error;
    }
  }

  async reopen(roundId: string, listen: Listen): Promise<OpenRound> {
    this.refuseSecond();
    const round = this.deps.store.get(roundId);
    this.deps.store.setStatus(round.id, 'open');
    try {
      return await this.start({ ...round, status: 'open', closedAt: null }, listen);
    } catch (error) {
      this.deps.store.setStatus(round.id, 'closed');
      throw error;
    }
  }

  current(): OpenRound | null {
    if (!this.running) return null;
    const { round, server, qrSvg } = this.running;
    return { ...this.view(round), url: server.url, qrSvg };
  }

  async close(roundId: string): Promise<RoundView> {
    if (this.running?.round.id === roundId) await this.stop();
    else this.deps.store.setStatus(roundId, 'closed');
    return this.view(this.deps.store.get(roundId));
  }

  /** Closes the open round and its server (closing the round or quitting the app). */
  async stop(): Promise<void> {
    const running = this.running;
    if (!running) return;
    this.running = null;
    // Closed in the case file first (synchronously, so it holds even when the app quits now), then the server.
    this.deps.store.setStatus(running.round.id, 'closed');
    await running.server.close();
  }

  view(round: StoredRound): RoundView {
    return this.deps.store.view(round, roundItems(round.setup, this.deps.library, this.deps.languageOf(round.processId)));
  }

  private refuseSecond(): void {
    if (this.running) throw new AppFailure('bad_request', 'A voting round is already open; close it first');
  }

  private async start(round: StoredRound, listen: Listen): Promise<OpenRound> {
    // Never a wildcard address, nor one this computer does not have: only what the facilitator picked from the list.
    if (!networkChoices().some((c) => c.address === listen.address)) {
      throw new AppFailure('validation', `Not an address of this computer: ${listen.address}`, [{ path: 'address', code: 'unknown_address' }]);
    }
    const files = loadPageFiles(this.deps.rendererDir);
    const limits = this.deps.limits ?? DEFAULT_LIMITS;
    const language = this.deps.languageOf(round.processId);
    const desk = createDesk({
      round,
      store: this.deps.store,
      items: (lng) => phoneRound(round.setup, this.deps.library, lng || language),
      maxPhones: limits.maxPhones,
      isOpen: () => this.running?.round.id === round.id,
    });
    let server: RunningVotingServer;
    try {
      server = await startVotingServer({ address: listen.address, port: listen.port, roomCode: round.roomCode, files, desk, limits });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code === 'EADDRINUSE' ? 'port_in_use' : 'cannot_listen';
      throw new AppFailure('validation', `The voting server could not listen on ${listen.address}:${listen.port}`, [{ path: 'port', code }]);
    }
    const qrSvg = await QRCode.toString(server.url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    this.running = { round, server, qrSvg };
    return this.current()!;
  }
}
