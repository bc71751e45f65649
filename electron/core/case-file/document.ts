import type { CaseFile, ImportChoice, ImportOutcome, ImportPreview } from '../../api/case-file';
import { CASE_FILE_FORMAT, CaseFileDocument, FORMAT_VERSION, TABLE_NAMES } from '../../api/case-file';
import type { Language } from '../../api/languages';
import { AppFailure } from '../../api/result';
import type { Db } from '../db/open';
import { foldedColumns } from '../smes/repository';
import { inconsistencies, readCaseFile, withNewIds, writeRows } from './rows';

/** The largest case-file document read; a year of work for 200 SMEs is a few MB. */
export const MAX_DOCUMENT_BYTES = 200 * 1024 * 1024;

/** Every SME's case file, or the named ones, as one document. */
export function exportDocument(db: Db, smeIds: readonly string[] | 'all', meta: { appVersion: string; language: Language }, now = new Date()): CaseFileDocument {
  const ids = smeIds === 'all'
    ? (db.prepare('SELECT id FROM smes WHERE deleted_at IS NULL ORDER BY rowid').all() as { id: string }[]).map((r) => r.id)
    : smeIds;
  const caseFiles = ids.map((id) => {
    const file = readCaseFile(db, id);
    if (!file) throw new AppFailure('not_found', `No SME with id ${id}`);
    return file;
  });
  return { format: CASE_FILE_FORMAT, formatVersion: FORMAT_VERSION, appVersion: meta.appVersion, language: meta.language, createdAt: now.toISOString(), caseFiles };
}

export const serialize = (doc: CaseFileDocument): Buffer => Buffer.from(`${JSON.stringify(doc)}\n`, 'utf8');

const refuse = (code: 'case_file_damaged' | 'case_file_foreign' | 'case_file_newer' | 'case_file_invalid', message: string) => new AppFailure(code, message);

/**
 * Reads a document from the bytes of a file, refusing each kind of bad file with its own code:
 * not JSON or cut short (damaged), JSON of something else (foreign), a later format (newer), or
 * ours but not a case file this app can write back whole (invalid). Reads only: nothing is written.
 */
export function parseDocument(bytes: Uint8Array): CaseFileDocument {
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) throw refuse('case_file_damaged', 'The file is larger than any case file');
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw refuse('case_file_damaged', 'The file is not a complete case-file document');
  }
  return validateDocument(json);
}

/** Checks a document read from JSON (or built by the app, as the example is) before anything is written. */
export function validateDocument(json: unknown): CaseFileDocument {
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== CASE_FILE_FORMAT) {
    throw refuse('case_file_foreign', 'The file is not a SocialSME 6x3 case file');
  }
  const version = (json as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version > FORMAT_VERSION) throw refuse('case_file_newer', `Format version ${version} is newer than ${FORMAT_VERSION}`);
  const parsed = CaseFileDocument.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw refuse('case_file_invalid', `The case file does not match the format: ${first}`);
  }
  const problems = parsed.data.caseFiles.flatMap((f, i) => inconsistencies(f).map((p) => `caseFiles.${i}.${p}`));
  // One SME twice in a file cannot be imported with its ids kept (nor chosen for once).
  const seen = new Set<string>();
  parsed.data.caseFiles.forEach((f, i) => {
    if (seen.has(f.sme.id)) problems.push(`caseFiles.${i}.sme.id: the SME ${f.sme.id} is in the file twice`);
    seen.add(f.sme.id);
  });
  if (problems.length) throw refuse('case_file_invalid', `The case file is inconsistent: ${problems.slice(0, 3).join('; ')}`);
  return parsed.data;
}

const existingName = (db: Db, id: string) => (db.prepare('SELECT name FROM smes WHERE id = ?').get(id) as { name: string } | undefined)?.name ?? null;

/** What the document holds and which of its SMEs are already here: shown before anything is imported. */
export function previewImport(db: Db, doc: CaseFileDocument): ImportPreview {
  return {
    appVersion: doc.appVersion,
    createdAt: doc.createdAt,
    smes: doc.caseFiles.map((f) => ({ id: f.sme.id, name: f.sme.name, processes: f.processes.length, existing: existingName(db, f.sme.id) })),
  };
}

export interface ImportOptions {
  /** For an SME already here: per SME id, else `conflicts`. */
  choices?: Record<string, ImportChoice>;
  conflicts?: ImportChoice;
  /** Takes a backup before anything is replaced; answers its file name. */
  backUp?: () => string;
}

/**
 * Writes the document's case files in one transaction: all of them or, on any refusal by the
 * database, none. A new SME keeps every id; "copy" gives the whole case file new ids; "replace"
 * deletes ours first (its records go with it) and writes the file's.
 */
export function importDocument(db: Db, doc: CaseFileDocument, options: ImportOptions = {}): ImportOutcome {
  const choiceFor = (id: string) => options.choices?.[id] ?? options.conflicts ?? 'skip';
  const plan = doc.caseFiles.map((file) => ({ file, existing: existingName(db, file.sme.id) }));
  const backup = plan.some((p) => p.existing !== null && choiceFor(p.file.sme.id) === 'replace') && options.backUp ? options.backUp() : null;
  const outcome: ImportOutcome = { imported: [], skipped: [], backup };
  try {
    db.transaction(() => {
      // Rows may point forward (a process to the cycle it follows); the keys are checked at commit.
      db.pragma('defer_foreign_keys = ON');
      for (const { file, existing } of plan) {
        const choice = existing === null ? null : choiceFor(file.sme.id);
        if (choice === 'skip') {
          outcome.skipped.push(file.sme.id);
          continue;
        }
        if (choice === 'replace') db.prepare('DELETE FROM smes WHERE id = ?').run(file.sme.id);
        const written = choice === 'copy' ? withNewIds(file) : file;
        writeCaseFile(db, written);
        outcome.imported.push({ id: written.sme.id, name: written.sme.name, as: choice ?? 'new' });
      }
    })();
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    throw new AppFailure('case_file_invalid', `The case file could not be written, nothing was imported: ${(error as Error).message}`);
  }
  return outcome;
}

/** One SME's rows, parents first. */
export function writeCaseFile(db: Db, file: CaseFile): void {
  writeRows(db, 'sme', [file.sme], foldedColumns({ name: file.sme.name, city: file.sme.city, contacts: file.contacts }));
  for (const name of TABLE_NAMES) if (name !== 'sme') writeRows(db, name, file[name]);
}
