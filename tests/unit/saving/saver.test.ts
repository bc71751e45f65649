import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppError, Result } from '../../../electron/api/result';
import type { DraftStore } from '../../../renderer/src/saving/drafts';
import { drafts, isStale, outdated, setDraftStore } from '../../../renderer/src/saving/drafts';
import { allSaved, RecordSaver, RETRY_FIRST_MS } from '../../../renderer/src/saving/saver';
import { refusalMessages } from '../../../renderer/src/saving/validation';

/** localStorage as the browser has it, in memory. */
class MemoryStore implements DraftStore {
  readonly items = new Map<string, string>();
  get length() { return this.items.size; }
  key(i: number) { return [...this.items.keys()][i] ?? null; }
  getItem(k: string) { return this.items.get(k) ?? null; }
  setItem(k: string, v: string) { this.items.set(k, v); }
  removeItem(k: string) { this.items.delete(k); }
}

interface Stored { value: string; updatedAt: string }

/**
 * The app as the saver sees it: answers each request when the test says so, with the record as
 * stored, a refusal, or no answer from the host.
 */
class FakeApp {
  stored: string | null = null;
  version = 0;
  readonly received: string[] = [];
  private waiting: { value: string; answer: (r: Result<Stored>) => void }[] = [];
  send = (value: string) => {
    this.received.push(value);
    return new Promise<Result<Stored>>((answer) => this.waiting.push({ value, answer }));
  };
  get open() { return this.waiting.length; }
  /** Stores the oldest request's value and answers it. */
  accept() {
    const w = this.waiting.shift()!;
    this.stored = w.value;
    this.version++;
    w.answer({ ok: true, value: { value: w.value, updatedAt: stamp(this.version) } });
  }
  refuse(issues = [{ path: 'data.name', code: 'required' }]) {
    this.waiting.shift()!.answer({ ok: false, error: { code: 'validation', message: 'refused', issues } });
  }
  drop() {
    this.waiting.shift()!.answer({ ok: false, error: { code: 'internal', message: 'Host not reachable' } });
  }
}

const stamp = (n: number) => `2026-01-01T00:00:${String(n).padStart(2, '0')}.000Z`;
let store: MemoryStore;
let app: FakeApp;

function saver(options: { key?: string | null; base?: { version?: string; part?: unknown }; sme?: string; held?: string; onRefused?: (e: AppError) => void } = {}) {
  return new RecordSaver<string, Stored>({
    draftKey: options.key === undefined ? 'socialsme.test.r1' : options.key,
    sme: options.sme ?? 'sme-1',
    base: options.base ?? { version: stamp(0), part: null },
    held: options.held,
    send: app.send,
    baseOf: (r) => ({ version: r.updatedAt, part: r.value }),
    delay: 300,
    onRefused: options.onRefused,
  });
}
/** Lets the promise chain run (the fake app answers synchronously once told to). */
const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
  store = new MemoryStore();
  setDraftStore(store);
  app = new FakeApp();
});
afterEach(async () => {
  // Every request of this test answered (the host gone), so no saver is left busy for the next test.
  do {
    while (app.open) app.drop();
    await vi.advanceTimersByTimeAsync(400);
  } while (app.open);
  vi.clearAllTimers(); // retries of values the host never took
  setDraftStore(null);
  vi.useRealTimers();
});

describe('the save pipeline', () => {
  it('waits for the pause after the last keystroke, then sends only the latest value', async () => {
    const s = saver();
    s.change('B');
    await vi.advanceTimersByTimeAsync(200);
    s.change('Ba');
    await vi.advanceTimersByTimeAsync(200);
    s.change('Bak');
    expect(app.received).toEqual([]);
    await vi.advanceTimersByTimeAsync(300);
    expect(app.received).toEqual(['Bak']);
    expect(s.state).toBe('saving');
    app.accept();
    await settle();
    expect(s.state).toBe('saved');
  });

  it('keeps the order per record: a newer value is sent only after the older one was answered', async () => {
    const s = saver();
    s.change('one');
    await vi.advanceTimersByTimeAsync(300);
    s.change('two');
    await vi.advanceTimersByTimeAsync(300);
    // "two" is queued behind "one", not sent beside it.
    expect(app.received).toEqual(['one']);
    app.accept();
    await settle();
    expect(app.received).toEqual(['one', 'two']);
    expect(s.state).toBe('saving'); // "one" answered, but "two" is still on its way
    app.accept();
    await settle();
    expect(app.stored).toBe('two');
    expect(s.state).toBe('saved');
  });

  it('keeps every change as a draft until the app has stored it, then clears it', async () => {
    const s = saver();
    s.change('Bakery');
    expect(drafts.read('socialsme.test.r1')?.value).toBe('Bakery');
    await vi.advanceTimersByTimeAsync(300);
    app.accept();
    await settle();
    expect(store.items.has('socialsme.test.r1')).toBe(false);
  });

  it('a draft typed while an older value was on its way stays, moved onto what the server now holds', async () => {
    const s = saver();
    s.change('one');
    await vi.advanceTimersByTimeAsync(300);
    s.change('one two');
    app.accept();
    await settle();
    const kept = drafts.read('socialsme.test.r1');
    expect(kept?.value).toBe('one two');
    expect(kept?.base).toEqual({ version: stamp(1), part: 'one' });
  });

  it('loses nothing when the host does not answer: the draft stays and the value goes out again, less and less often', async () => {
    const s = saver();
    s.change('notes');
    await vi.advanceTimersByTimeAsync(300);
    app.drop();
    await settle();
    expect(s.state).toBe('failed');
    expect(drafts.read('socialsme.test.r1')?.value).toBe('notes');
    await vi.advanceTimersByTimeAsync(RETRY_FIRST_MS);
    expect(app.received).toEqual(['notes', 'notes']);
    app.drop();
    await settle();
    // The second retry waits twice as long.
    await vi.advanceTimersByTimeAsync(RETRY_FIRST_MS);
    expect(app.received).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(RETRY_FIRST_MS);
    expect(app.received).toHaveLength(3);
    app.accept();
    await settle();
    expect(s.state).toBe('saved');
    expect(app.stored).toBe('notes');
    expect(store.items.size).toBe(0);
  });

  it('a retry never sends an older value over a newer change', async () => {
    const s = saver();
    s.change('old');
    await vi.advanceTimersByTimeAsync(300);
    app.drop();
    await settle();
    s.change('new');
    await vi.advanceTimersByTimeAsync(10 * RETRY_FIRST_MS);
    expect(app.received).toEqual(['old', 'new']);
  });

  it('a refused value is kept (draft and screen) with the reasons by field, and is not sent again by itself', async () => {
    const refused: AppError[] = [];
    const s = saver({ onRefused: (e) => refused.push(e) });
    s.change('');
    await vi.advanceTimersByTimeAsync(300);
    app.refuse();
    await settle();
    expect(s.state).toBe('invalid');
    expect(refused[0]?.issues).toEqual([{ path: 'data.name', code: 'required' }]);
    expect(drafts.read('socialsme.test.r1')?.value).toBe('');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(app.received).toEqual(['']);
  });

  it('maps the app\'s refusal to the form\'s own fields', () => {
    const t = ((key: string, o?: { max?: number }) => (o?.max ? `${key}:${o.max}` : key)) as unknown as Parameters<typeof refusalMessages>[2];
    const issues = [
      { path: 'data.name', code: 'required' },
      { path: 'data.contacts.0.email', code: 'too_long', params: { max: 200 } },
      { path: 'data.name', code: 'too_long' },
    ];
    expect(refusalMessages(issues, 'data.', t)).toEqual({ name: 'validation.required', 'contacts.0.email': 'validation.too_long:200' });
  });

  it('a value the form itself finds invalid is kept as a draft but never sent', async () => {
    const s = saver();
    s.change('2026-13-01', false);
    await vi.advanceTimersByTimeAsync(1000);
    expect(app.received).toEqual([]);
    expect(s.state).toBe('invalid');
    expect(drafts.read('socialsme.test.r1')?.value).toBe('2026-13-01');
  });

  it('an invalid value with a valid part: the part is stored, the draft keeps what was typed, and the state says so', async () => {
    const s = saver({ held: 'city=Vilnius;employees=12' });
    s.change('city=Kaunas;employees=12.5', false, 'city=Kaunas;employees=12');
    await vi.advanceTimersByTimeAsync(300);
    expect(app.received).toEqual(['city=Kaunas;employees=12']);
    app.accept();
    await settle();
    expect(app.stored).toBe('city=Kaunas;employees=12');
    expect(s.state).toBe('partial');
    expect(drafts.read('socialsme.test.r1')?.value).toBe('city=Kaunas;employees=12.5');
    // Typing on in the invalid field: its valid part is stored already, nothing is sent.
    s.change('city=Kaunas;employees=12.', false, 'city=Kaunas;employees=12');
    await vi.advanceTimersByTimeAsync(1000);
    expect(app.received).toHaveLength(1);
    expect(s.state).toBe('partial');
    // Corrected: the whole value goes, and the draft with it.
    s.change('city=Kaunas;employees=13');
    await vi.advanceTimersByTimeAsync(300);
    app.accept();
    await settle();
    expect(app.stored).toBe('city=Kaunas;employees=13');
    expect(s.state).toBe('saved');
    expect(store.items.size).toBe(0);
  });

  it('a valid part that is what the app already holds is not sent, and one the host did not take goes out again', async () => {
    const s = saver({ held: 'employees=12' });
    s.change('employees=abc', false, 'employees=12');
    await vi.advanceTimersByTimeAsync(1000);
    expect(app.received).toEqual([]);
    expect(s.state).toBe('partial');
    s.change('employees=abc;city=Kaunas', false, 'employees=12;city=Kaunas');
    await vi.advanceTimersByTimeAsync(300);
    app.drop();
    await settle();
    expect(s.state).toBe('failed');
    await vi.advanceTimersByTimeAsync(RETRY_FIRST_MS);
    expect(app.received).toEqual(['employees=12;city=Kaunas', 'employees=12;city=Kaunas']);
    app.accept();
    await settle();
    expect(s.state).toBe('partial');
  });

  it('restores the draft after a reload when the server still holds what it was typed on', async () => {
    saver().change('typed before the crash', false);
    // The page reloads: a new saver on the same record, the server unchanged.
    const again = saver();
    expect(again.restore()).toBe('typed before the crash');
  });

  it('does not send a draft again once the server holds something newer of its part, and says so', async () => {
    const told: number[] = [];
    const off = outdated.subscribe((n) => told.push(n));
    saver().change('agenda as planned', false);
    // Live mode recorded the minutes meanwhile: newer version, other content.
    const again = saver({ base: { version: stamp(5), part: 'agenda as held' } });
    expect(again.restore()).toBeUndefined();
    expect(store.items.size).toBe(0);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(app.received).toEqual([]);
    expect(told).toHaveLength(1);
    off();
  });

  it('a newer version that left the editor\'s part alone (another editor of the record saved) keeps the draft', async () => {
    saver().change('participants typed', false);
    const again = saver({ base: { version: stamp(7), part: null } });
    expect(again.restore()).toBe('participants typed');
  });

  it('without a draft key nothing is kept on this computer', async () => {
    const s = saver({ key: null });
    s.change('3');
    expect(store.items.size).toBe(0);
    await vi.advanceTimersByTimeAsync(300);
    expect(app.received).toEqual(['3']);
  });

  it('allSaved() sends what waits for its delay and resolves once the app has answered', async () => {
    const s = saver();
    s.change('last keystroke');
    let done = false;
    void allSaved().then(() => (done = true));
    await settle();
    expect(app.received).toEqual(['last keystroke']);
    expect(done).toBe(false);
    app.accept();
    await settle();
    expect(done).toBe(true);
    expect(s.state).toBe('saved');
  });

  it('purging an SME clears its drafts and nothing else', () => {
    saver({ key: 'socialsme.workshop.w1', sme: 'sme-1' }).change('a', false);
    saver({ key: 'socialsme.activity.a1', sme: 'sme-1' }).change('b', false);
    saver({ key: 'socialsme.workshop.w2', sme: 'sme-2' }).change('c', false);
    store.setItem('other.app', '{"sme":"sme-1"}');
    expect(drafts.clearSme('sme-1')).toBe(2);
    expect([...store.items.keys()].sort()).toEqual(['other.app', 'socialsme.workshop.w2']);
  });

  it('reads a bare value written by an earlier version as a draft with nothing known of its base', () => {
    store.setItem('socialsme.draft.s1', JSON.stringify({ name: 'Old draft' }));
    const s = new RecordSaver<{ name: string }, Stored>({ draftKey: 'socialsme.draft.s1', sme: 's1', base: { version: stamp(9) }, send: async () => ({ ok: false, error: { code: 'internal', message: '' } }) });
    expect(s.restore()).toEqual({ name: 'Old draft' });
  });
});

describe('a draft left while its own save was on its way', () => {
  const typed = { findings: 'Rye bread sells out by noon.', nextOn: '2001-01-01' };
  const base = { version: stamp(1), part: { findings: '', nextOn: '' } };

  it('is kept when the app now holds what the draft itself typed, so the field still being corrected is not lost', () => {
    const now = { version: stamp(2), part: { findings: 'Rye bread sells out by noon.', nextOn: '' } };
    expect(isStale(base, now, typed)).toBe(false);
  });

  it('is stale when anything else changed in the app meanwhile', () => {
    const now = { version: stamp(2), part: { findings: 'Written in live mode', nextOn: '' } };
    expect(isStale(base, now, typed)).toBe(true);
    expect(isStale(base, { version: stamp(2), part: { findings: 'Rye bread sells out by noon.', nextOn: '2030-01-01' } }, typed)).toBe(true);
  });

  it('through the saver: the reloaded form shows the invalid date with the findings the app stored', () => {
    drafts.write('socialsme.test.r2', { value: typed, base, sme: 'sme-1' });
    const s = new RecordSaver<typeof typed, typeof typed>({
      draftKey: 'socialsme.test.r2', sme: 'sme-1',
      base: { version: stamp(2), part: { findings: 'Rye bread sells out by noon.', nextOn: '' } },
      send: async (v) => ({ ok: true, value: v }),
    });
    expect(s.restore()).toEqual(typed);
  });
});
