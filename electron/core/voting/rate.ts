/**
 * A token bucket: `capacity` requests at once, refilled at `perSecond`. Used for each phone, for
 * the whole voting server, for joins and for wrong room codes (so the code cannot be guessed).
 */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = capacity;
    this.last = now();
  }

  take(): boolean {
    const t = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((t - this.last) / 1000) * this.perSecond);
    this.last = t;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

export interface Limits {
  /** Requests of one phone: burst and per second (a person taps far slower; a script does not). */
  phone: [number, number];
  /** All requests to the server together. */
  overall: [number, number];
  /** New phones joining. */
  join: [number, number];
  /** Requests with a wrong room code. */
  wrongCode: [number, number];
  /** Phones one round accepts. */
  maxPhones: number;
}

export const DEFAULT_LIMITS: Limits = {
  phone: [30, 20],
  overall: [1000, 1000],
  join: [60, 5],
  wrongCode: [20, 1],
  maxPhones: 200,
};
