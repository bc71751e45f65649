import type { PhoneAnswers, PhoneError, PhoneRound, PhoneValue } from '@api/voting-phone';
import { PHONE_ERRORS } from '@api/voting-phone';

type Reply<T> = { ok: true; value: T } | { ok: false; error: PhoneError };

// The page lives at /<room code>/: relative URLs carry the code on every request.
async function call<T>(path: string, body?: unknown): Promise<Reply<T>> {
  try {
    const response = await fetch(path, body === undefined ? { cache: 'no-store' } : {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    const reply = (await response.json()) as Reply<T>;
    if (!reply.ok && !PHONE_ERRORS.includes(reply.error)) return { ok: false, error: 'invalid' };
    return reply;
  } catch {
    return { ok: false, error: 'offline' };
  }
}

export const phoneApi = {
  round: (language: string) => call<PhoneRound>(`api/round?lang=${encodeURIComponent(language)}`),
  join: (phoneId: string | null) => call<{ phoneId: string }>('api/join', phoneId ? { phoneId } : {}),
  mine: (phoneId: string) => call<PhoneAnswers>('api/mine', { phoneId }),
  answer: (phoneId: string, itemId: string, value: PhoneValue) => call<PhoneAnswers>('api/answer', { phoneId, itemId, value }),
};

/** The room code is the first part of the page's path. */
export const roomCode = () => location.pathname.split('/')[1] ?? '';
