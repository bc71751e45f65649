import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/open';
import type { SliceHandlers } from '../slice';
import type { Backups } from './backups';
import { SCRATCH } from './backups';
import { previewBackup, restoreBackup } from './restore';

/** A picked file is written beside the backups under a temporary name, used, and removed. */
function withFile<T>(backups: Backups, source: { name: string } | { base64: string }, use: (file: string) => T): T {
  if ('name' in source) return use(backups.fileOf(source.name));
  fs.mkdirSync(backups.dir, { recursive: true, mode: 0o700 });
  const file = path.join(backups.dir, `picked-${randomUUID()}${SCRATCH}`);
  fs.writeFileSync(file, Buffer.from(source.base64, 'base64'), { mode: 0o600 });
  try {
    return use(file);
  } finally {
    fs.rmSync(file, { force: true });
  }
}

export const backupHandlers = (deps: { db: () => Db; backups: () => Backups }): SliceHandlers<'backups'> => ({
  'backups.list': () => deps.backups().list(),
  'backups.create': () => deps.backups().takeInBackground('manual'),
  'backups.file': ({ name }) => ({ fileName: name, base64: fs.readFileSync(deps.backups().fileOf(name)).toString('base64') }),
  'backups.preview': (source) => withFile(deps.backups(), source, previewBackup),
  'backups.restore': (source) => withFile(deps.backups(), source, (file) => restoreBackup(deps.db(), deps.backups(), file)),
});
