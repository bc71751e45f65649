/**
 * What the browser host's printed address hands to the page: the per-launch token, and, when the
 * host had to move to another port, the port it used before. Both are kept for this tab only, in
 * sessionStorage, which belongs to this origin (port included), so no page served from another
 * port can read them; then they are taken out of the address bar, so the token is not in a
 * bookmark or on screen. A reload keeps working; a new start of the host prints a new address.
 */
const TOKEN_KEY = 'socialsme.hostToken';
const MOVED_KEY = 'socialsme.hostMovedFrom';
const kept = new Map<string, string | null>();

export function takeHostAddress(): void {
  const params = new URLSearchParams(location.search);
  const token = params.get('token');
  if (token === null) return;
  keep(TOKEN_KEY, token);
  keep(MOVED_KEY, params.get('movedFrom'));
  params.delete('token');
  params.delete('movedFrom');
  const query = params.toString();
  history.replaceState(history.state, '', location.pathname + (query ? `?${query}` : '') + location.hash);
}

export function hostToken(): string | null {
  return read(TOKEN_KEY);
}

/** The port the host used for this data folder before, when another program held it this time. */
export function hostMovedFrom(): number | null {
  const port = Number(read(MOVED_KEY));
  return Number.isInteger(port) && port > 0 ? port : null;
}

export function forgetHostMovedFrom(): void {
  keep(MOVED_KEY, null);
}

function keep(key: string, value: string | null): void {
  kept.set(key, value);
  try {
    if (value === null) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, value);
  } catch {
    // Storage switched off: the value lives as long as this page, which is enough to work.
  }
}

function read(key: string): string | null {
  if (kept.has(key)) return kept.get(key)!;
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
}
