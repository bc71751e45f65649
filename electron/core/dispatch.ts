import type { Channel } from '../api/contract';
import { contract, isChannel } from '../api/contract';
import type { Result } from '../api/result';
import { AppFailure, fail, ok } from '../api/result';
import { toFieldIssues } from '../api/validation';
import type { Handlers } from './slice';

export type Dispatch = (channel: unknown, payload: unknown) => Promise<Result<unknown>>;
export type Logger = (message: string, error?: unknown) => void;

/**
 * Validates a request against the contract, runs its handler and always answers with a Result.
 * Used unchanged by the Electron IPC registration and by the HTTP host.
 */
export function createDispatch(handlers: Handlers, log: Logger = defaultLog): Dispatch {
  return async (channel, payload) => {
    if (!isChannel(channel)) return fail('bad_request', `Unknown channel ${String(channel)}`);
    const parsed = contract[channel].input.safeParse(payload ?? {});
    if (!parsed.success) {
      return fail('validation', `Invalid request for ${channel}`, toFieldIssues(parsed.error.issues));
    }
    try {
      const handler = handlers[channel] as (input: unknown) => unknown;
      return ok(await handler(parsed.data));
    } catch (error) {
      if (error instanceof AppFailure) return fail(error.code, error.message, error.issues);
      log(`Handler ${channel satisfies Channel} failed`, error);
      return fail('internal', 'Something went wrong inside the app; the details are in the log.');
    }
  };
}

function defaultLog(message: string, error?: unknown): void {
  console.error(`[socialsme] ${message}`, error);
}
