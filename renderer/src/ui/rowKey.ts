let seed = 0;

/** A key for a row typed on this screen, before (or without) an id from the app: stable across renders, never reused. */
export const newKey = (prefix = 'r') => `${prefix}${Date.now().toString(36)}${(seed++).toString(36)}`;

/** Whether a row's key is a stored record's id (a UUID) rather than one given on this screen. */
export const isStoredKey = (key: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(key);

const blank = (texts: readonly (string | null | undefined)[]) => texts.every((v) => !v || !v.trim());

/**
 * A row added on this screen that nothing was typed into yet has nothing to keep: it is not sent,
 * and shows no "Please fill this in" before anything was typed. Once something is typed, it is
 * checked and saved like any other row.
 */
export function blankNewRows<R>(rows: readonly R[], isNew: (row: R) => boolean, texts: (row: R) => readonly (string | null | undefined)[]) {
  const skipped = new Set(rows.flatMap((r, i) => (isNew(r) && blank(texts(r)) ? [i] : [])));
  return {
    /** The rows to send. */
    kept: rows.filter((_, i) => !skipped.has(i)),
    /** The messages without those of the blank new rows (paths "<prefix><index>.<field>"). */
    quiet: (messages: Record<string, string>, prefix = '') =>
      Object.fromEntries(Object.entries(messages).filter(([path]) => {
        if (!path.startsWith(prefix)) return true;
        const index = Number(path.slice(prefix.length).split('.')[0]);
        return !skipped.has(index);
      })),
  };
}
