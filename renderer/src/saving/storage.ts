/**
 * Small typed wrappers around localStorage. The meeting room is where text gets lost (a laptop
 * lid closes, the host is restarted), so every unsaved answer and the live clock live here until
 * the app has confirmed them.
 */
export function readJson<T>(key: string): T | undefined {
  try {
    const raw = localStorage.getItem(key);
    return raw === null ? undefined : (JSON.parse(raw) as T);
  } catch {
    return undefined;
  }
}

export function writeJson(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the screen still holds the value.
  }
}

export function remove(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing to do.
  }
}

/** Removes the key only if it still holds `value` (a newer draft typed meanwhile stays). */
export function removeIfSame(key: string, value: unknown): void {
  try {
    if (localStorage.getItem(key) === JSON.stringify(value)) localStorage.removeItem(key);
  } catch {
    // Nothing to do.
  }
}

export const answerDraftKey = (workshopId: string, worksheetId: string, fieldId: string) =>
  `socialsme.answer.${workshopId}.${worksheetId}.${fieldId}`;

export const workshopDraftKey = (workshopId: string) => `socialsme.workshop.${workshopId}`;

export const liveClockKey = (workshopId: string) => `socialsme.live.${workshopId}`;

/**
 * Saves still on their way to the app. A screen that is about to read a workshop waits for them,
 * so leaving one screen for another never shows the record as it was before the last keystroke.
 */
const inFlight = new Set<Promise<unknown>>();

export function track<T>(promise: Promise<T>): Promise<T> {
  inFlight.add(promise);
  void promise.finally(() => inFlight.delete(promise));
  return promise;
}

export async function allSaved(): Promise<void> {
  while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
}

export function hasDrafts(workshopId: string, worksheetId: string): boolean {
  const prefix = answerDraftKey(workshopId, worksheetId, '');
  try {
    for (let i = 0; i < localStorage.length; i++) if (localStorage.key(i)?.startsWith(prefix)) return true;
  } catch {
    // Storage disabled: nothing was kept.
  }
  return false;
}

/**
 * Mantine's error red (red.6) is below WCAG AA contrast on white; these screens use a darker one
 * for error text and marked inputs.
 */
export const readableErrors = { '--mantine-color-error': 'var(--mantine-color-red-9)' } as const;
