import os from 'node:os';

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

export type HeaderCheck = { ok: true; wal: boolean } | { ok: false; reason: string };

/**
 * Reads the 100-byte SQLite header from the bytes of a file, without SQLite: a file that is not
 * a database, or one cut short (a copy interrupted when the stick was pulled out), is known
 * before any library gets to open it.
 * https://www.sqlite.org/fileformat2.html#the_database_header
 */
export function checkHeader(bytes: Buffer, options: { walBeside?: boolean } = {}): HeaderCheck {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' };
  if (bytes.length < 100 || !bytes.subarray(0, 16).equals(MAGIC)) return { ok: false, reason: 'the file is not a SQLite database' };
  const rawPageSize = bytes.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) return { ok: false, reason: `invalid page size ${rawPageSize}` };
  const write = bytes[18]!;
  const read = bytes[19]!;
  if (![1, 2].includes(write) || ![1, 2].includes(read)) return { ok: false, reason: `unknown file format ${write}/${read}` };
  if (bytes.length % pageSize !== 0) return { ok: false, reason: `the file ends inside a page (${bytes.length} bytes, pages of ${pageSize})` };
  // The page count in the header is valid only when the change counter matches "version valid for".
  const pageCount = bytes.readUInt32BE(28);
  // Except in WAL mode with the -wal beside it: a checkpoint writes page 1 (with the new count)
  // before the pages after it, so a crash during one leaves a shorter file whose missing pages
  // are still in the -wal, and SQLite puts them back on opening.
  const checkpointMayBeInterrupted = write === 2 && options.walBeside === true;
  if (!checkpointMayBeInterrupted && bytes.readUInt32BE(24) === bytes.readUInt32BE(92) && pageCount * pageSize > bytes.length) {
    return { ok: false, reason: `the file is cut short: ${bytes.length / pageSize} of ${pageCount} pages` };
  }
  return { ok: true, wal: write === 2 };
}

/** A copy of the file's bytes that SQLite can open in memory: deserialising refuses WAL mode. */
export function asRollbackJournal(bytes: Buffer): Buffer {
  const copy = Buffer.from(bytes);
  copy[18] = 1;
  copy[19] = 1;
  return copy;
}

/**
 * Whether a -shm file left without its -wal still names changes that never reached the database
 * file: the WAL index header holds the last valid frame (mxFrame) and the checkpoint info how far
 * the WAL was copied back (nBackfill), both in the computer's own byte order.
 * https://www.sqlite.org/walformat.html#the_wal_index_file_format
 */
export function shmNamesLostChanges(shm: Buffer): boolean {
  if (shm.length < 136 || shm[12] !== 1) return false;
  const read = (offset: number) => (os.endianness() === 'LE' ? shm.readUInt32LE(offset) : shm.readUInt32BE(offset));
  const mxFrame = read(16);
  const nBackfill = read(96);
  return mxFrame > nBackfill;
}
