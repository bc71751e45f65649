import { createCipheriv, createDecipheriv, createHash, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { AppFailure } from '../../api/result';

/**
 * A case file protected by a passphrase, to mail or carry to a colleague: AES-256-GCM with a key
 * from scrypt, the parameters and salt in a one-line JSON header that is itself authenticated.
 * Made and opened in memory: nothing unencrypted is written to disk on the way.
 */
export const MAGIC = Buffer.from('SSME-ENC', 'ascii');
export const DEFAULT_COST = { N: 2 ** 17, r: 8, p: 1 } as const;
const MAX_N = 2 ** 20;

interface Header { v: 1; cipher: 'aes-256-gcm'; kdf: 'scrypt'; N: number; r: number; p: number; salt: string; iv: string; check: string; tag: string; sum: string }

export const isSealed = (bytes: Uint8Array): boolean => Buffer.from(bytes.subarray(0, MAGIC.length)).equals(MAGIC);

/**
 * 64 bytes from scrypt: the first 32 are the AES key, the hash of the other 32 is the `check` in
 * the header. The check tells a wrong passphrase (check differs) from a changed file (check
 * matches, the GCM tag does not), which AES-GCM alone cannot; it reveals nothing of the key.
 */
function keysOf(passphrase: string, salt: Buffer, h: { N: number; r: number; p: number }): { key: Buffer; check: Buffer } {
  const out = scryptSync(passphrase.normalize('NFC'), salt, 64, { N: h.N, r: h.r, p: h.p, maxmem: 256 * h.N * h.r + 1024 * 1024 });
  return { key: out.subarray(0, 32), check: createHash('sha256').update(out.subarray(32)).digest().subarray(0, 16) };
}

export function seal(plain: Buffer, passphrase: string, cost: { N: number; r: number; p: number } = DEFAULT_COST): Buffer {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const { key, check } = keysOf(passphrase, salt, cost);
  // The tag is known only at the end, so the header is authenticated without it (see `aad`).
  const base = { v: 1, cipher: 'aes-256-gcm', kdf: 'scrypt', ...cost, salt: salt.toString('base64'), iv: iv.toString('base64'), check: check.toString('base64') } as const;
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aad(base));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  const tagged = { ...base, tag: cipher.getAuthTag().toString('base64') };
  const header: Header = { ...tagged, sum: sumOf(tagged) };
  return Buffer.concat([MAGIC, Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'), body]);
}

/** The authenticated part of the header: everything but the tag, in a fixed order. */
function aad(h: Omit<Header, 'tag' | 'sum'>): Buffer {
  return Buffer.from(JSON.stringify([h.v, h.cipher, h.kdf, h.N, h.r, h.p, h.salt, h.iv, h.check]), 'utf8');
}

/**
 * A digest of the header (no secret in it): a changed salt or check would otherwise give a
 * different key and read as a wrong passphrase; with the digest it reads as the changed file it is.
 */
function sumOf(h: Omit<Header, 'sum'>): string {
  return createHash('sha256').update(JSON.stringify([h.v, h.cipher, h.kdf, h.N, h.r, h.p, h.salt, h.iv, h.check, h.tag])).digest().subarray(0, 16).toString('base64');
}

/**
 * Opens a sealed file: an unreadable or changed header, or a body that fails authentication with
 * the right key, is a tampered file; a key that does not match the header's check is a wrong
 * passphrase. Each has its own code, so the facilitator knows whether to retype or to ask again.
 */
export function openSealed(bytes: Uint8Array, passphrase: string | undefined): Buffer {
  const data = Buffer.from(bytes);
  const end = data.indexOf(0x0a, MAGIC.length);
  if (end < 0 || end > MAGIC.length + 2048) throw new AppFailure('case_file_tampered', 'The protected file has no readable header');
  let h: Header;
  try {
    h = JSON.parse(data.subarray(MAGIC.length, end).toString('utf8')) as Header;
  } catch {
    throw new AppFailure('case_file_tampered', 'The protected file has no readable header');
  }
  const wellFormed = h && h.v === 1 && h.cipher === 'aes-256-gcm' && h.kdf === 'scrypt' && Number.isInteger(h.N) && h.N >= 2 && h.N <= MAX_N && (h.N & (h.N - 1)) === 0
    && Number.isInteger(h.r) && h.r >= 1 && h.r <= 32 && Number.isInteger(h.p) && h.p >= 1 && h.p <= 16
    && typeof h.salt === 'string' && typeof h.iv === 'string' && typeof h.check === 'string' && typeof h.tag === 'string' && h.sum === sumOf(h);
  if (!wellFormed) throw new AppFailure('case_file_tampered', 'The protected file has a changed header');
  if (passphrase === undefined || passphrase === '') throw new AppFailure('case_file_needs_passphrase', 'The file is protected by a passphrase');
  const salt = Buffer.from(h.salt, 'base64');
  const iv = Buffer.from(h.iv, 'base64');
  const tag = Buffer.from(h.tag, 'base64');
  const expected = Buffer.from(h.check, 'base64');
  if (salt.length !== 16 || iv.length !== 12 || tag.length !== 16 || expected.length !== 16) throw new AppFailure('case_file_tampered', 'The protected file has a changed header');
  const { key, check } = keysOf(passphrase, salt, h);
  if (!timingSafeEqual(check, expected)) throw new AppFailure('case_file_wrong_passphrase', 'The passphrase does not open the file');
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(aad(h));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(data.subarray(end + 1)), decipher.final()]);
  } catch {
    throw new AppFailure('case_file_tampered', 'The protected file was changed after it was written');
  }
}
