import os from 'node:os';
import type { NetworkChoice } from '../../api/voting';

/** Addresses of the private ranges a hotspot or a venue's Wi-Fi hands out (RFC 1918, IPv6 ULA). */
export function isPrivate(address: string): boolean {
  if (/^10\./.test(address) || /^192\.168\./.test(address)) return true;
  const m = /^172\.(\d+)\./.exec(address);
  if (m && Number(m[1]) >= 16 && Number(m[1]) <= 31) return true;
  return /^f[cd][0-9a-f]{2}:/i.test(address);
}

/**
 * The network interfaces the voting server could listen on, private addresses first (the
 * default), loopback last (this computer only: for trying the page out). Link-local IPv6
 * addresses are left out: a phone's browser cannot type them.
 */
export function networkChoices(interfaces = os.networkInterfaces()): NetworkChoice[] {
  const choices: NetworkChoice[] = [];
  for (const [name, list] of Object.entries(interfaces)) {
    for (const i of list ?? []) {
      if (i.family === 'IPv6' && /^fe80:/i.test(i.address)) continue;
      choices.push({ name, address: i.address, family: i.family, private: isPrivate(i.address), loopback: i.internal });
    }
  }
  const rank = (c: NetworkChoice) => (c.loopback ? 3 : c.private ? (c.family === 'IPv4' ? 0 : 1) : 2);
  return choices.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}
