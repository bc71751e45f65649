import type { AppInfo } from '../../api/contract';
import type { Language } from '../../api/languages';
import { AppFailure } from '../../api/result';
import type { Backups } from '../backups/backups';
import type { Db } from '../db/open';
import type { SliceHandlers } from '../slice';
import { exportDocument, importDocument, parseDocument, previewImport, serialize } from './document';
import { isSealed, openSealed, seal } from './sealed';

export interface CaseFileDeps {
  db: () => Db;
  backups: () => Backups;
  info: () => AppInfo;
  language: () => Language;
}

/** The document in a file's bytes, opened with the passphrase when it is protected. */
function documentOf(base64: string, passphrase: string | undefined) {
  const bytes = Buffer.from(base64, 'base64');
  return parseDocument(isSealed(bytes) ? openSealed(bytes, passphrase) : bytes);
}

function fileName(db: Db, smeIds: readonly string[] | 'all', now: Date): string {
  const day = now.toISOString().slice(0, 10);
  if (smeIds === 'all' || smeIds.length > 1) return `socialsme-case-files-${day}.socialsme`;
  const name = (db.prepare('SELECT name FROM smes WHERE id = ?').get(smeIds[0]) as { name: string } | undefined)?.name ?? 'case-file';
  // A file name any system accepts, still recognisable: letters of every script are kept.
  const safe = name.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60) || 'case-file';
  return `${safe}-${day}.socialsme`;
}

export const caseFileHandlers = (deps: CaseFileDeps): SliceHandlers<'caseFiles'> => ({
  'caseFiles.export': ({ smeIds, passphrase }) => {
    const now = new Date();
    const plain = serialize(exportDocument(deps.db(), smeIds, { appVersion: deps.info().version, language: deps.language() }, now));
    const bytes = passphrase ? seal(plain, passphrase) : plain;
    return { fileName: fileName(deps.db(), smeIds, now), base64: bytes.toString('base64') };
  },
  'caseFiles.preview': ({ base64, passphrase }) => previewImport(deps.db(), documentOf(base64, passphrase)),
  'caseFiles.import': ({ base64, passphrase, conflicts, choices }) => {
    const doc = documentOf(base64, passphrase);
    if (doc.caseFiles.length === 0) throw new AppFailure('case_file_invalid', 'The file holds no case file');
    return importDocument(deps.db(), doc, { conflicts, choices, backUp: () => deps.backups().takeNow('before-import').name });
  },
});
