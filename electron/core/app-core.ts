import fs from 'node:fs';
import path from 'node:path';
import type { AppInfo } from '../api/contract';
import { AppFailure, isDatabaseProblem } from '../api/result';
import { appRoot, rendererDir } from './app-root';
import { Backups } from './backups/backups';
import { BACKUP_FOLDER, LOG_FOLDER, lockDataFolder, prepareDataFolder, tightenModes } from './data-folder';
import type { FileAccess } from './db/inspect';
import { ContentLibrary } from './library/library';
import type { Db } from './db/open';
import { fileLogger } from './log-file';
import { PdfService } from './pdf/pdf-service';
import { ProcessRepository } from './processes/repository';
import { WorkshopRepository } from './workshops/repository';
import { openDatabase } from './db/open';
import { purgeDeletedRecords } from './strategy/deleted';
import type { Dispatch, Logger } from './dispatch';
import { createDispatch } from './dispatch';
import { createHandlers } from './handlers';
import type { SettingsStore } from './settings/store';
import { SmeRepository } from './smes/repository';
import { StandardsRepository } from './standards/repository';
import { StrategyRepository } from './strategy/repository';
import { RoundStore } from './voting/rounds';
import { VotingService } from './voting/service';

export const DATABASE_FILE = 'socialsme.sqlite';

export interface CoreOptions {
  dataDir: string;
  settings: SettingsStore;
  shell: AppInfo['shell'];
  version: string;
  systemLanguages: () => string[];
  /** Default: logs/socialsme.log in the data folder, and the console. */
  log?: Logger;
  /** The methodology package; default: content/ beside the app. */
  contentDir?: string;
  /** What may be written to; default: the file system's answer. */
  access?: FileAccess;
  /** The built renderer, whose participant page the voting server serves; default: dist/renderer beside the app. */
  rendererDir?: string;
  /** Opens a file with the system's default program (Electron's shell.openPath: '' or why not); none in the browser host. */
  openFile?: (file: string) => Promise<string>;
}

export interface AppCore {
  dispatch: Dispatch;
  /** Set when the database could not be opened; the app still starts and explains why. */
  databaseError: AppFailure | null;
  db: Db | null;
  library: ContentLibrary;
  /** Prepares slow first-use work (the PDF module) in the background, after start-up. */
  warmUp(): void;
  close(): void;
}

/** Wires the database, the settings and the handlers; shared by Electron and the browser host. */
export function createAppCore(options: CoreOptions): AppCore {
  const log = options.log ?? consoleAndFile(path.join(options.dataDir, LOG_FOLDER));
  const { db, databaseError, release } = openCaseFiles(options, log);
  purgeDeleted(db, log); // what the last session deleted, if it ended without quitting
  // A second app on this folder opens nothing and must not overwrite the first one's settings.
  const settings = databaseError?.code === 'db_in_use' ? readOnlySettings(options.settings, databaseError) : options.settings;
  const smes = db ? new SmeRepository(db) : null;
  const library = new ContentLibrary(options.contentDir ?? path.join(appRoot(), 'content'));
  const processes = db ? new ProcessRepository(db) : null;
  const workshops = db ? new WorkshopRepository(db, () => library.getStructure()) : null;
  const strategies = db ? new StrategyRepository(db, () => library.getStructure()) : null;
  const standards = db ? new StandardsRepository(db) : null;
  const pdfs = new PdfService(library);
  const rounds = db ? new RoundStore(db) : null;
  const backups = db ? new Backups(db, path.join(options.dataDir, BACKUP_FOLDER)) : null;
  const voting = rounds && processes
    ? new VotingService({ store: rounds, library, languageOf: (id) => processes.get(id).language, rendererDir: options.rendererDir ?? rendererDir() })
    : null;
  const handlers = createHandlers({
    info: () => ({
      version: options.version,
      shell: options.shell,
      dataDir: options.dataDir,
      systemLanguages: options.systemLanguages(),
      databaseError: databaseError ? databaseProblem(databaseError.code) : null,
    }),
    printPdf: (fileName, bytes) => printThroughSystemViewer(options, fileName, bytes),
    settings,
    db: () => {
      if (!db) throw databaseError!;
      return db;
    },
    smes: () => {
      if (!smes) throw databaseError!;
      return smes;
    },
    library,
    pdfs,
    processes: () => {
      if (!processes) throw databaseError!;
      return processes;
    },
    workshops: () => {
      if (!workshops) throw databaseError!;
      return workshops;
    },
    strategies: () => {
      if (!strategies) throw databaseError!;
      return strategies;
    },
    standards: () => {
      if (!standards) throw databaseError!;
      return standards;
    },
    rounds: () => {
      if (!rounds) throw databaseError!;
      return rounds;
    },
    voting: () => {
      if (!voting) throw databaseError!;
      return voting;
    },
    backups: () => {
      if (!backups) throw databaseError!;
      return backups;
    },
    transaction: (fn) => {
      if (!db) throw databaseError!;
      return db.transaction(fn)();
    },
  });
  return {
    dispatch: createDispatch(handlers, log),
    databaseError,
    db,
    library,
    warmUp: () => {
      setTimeout(() => void pdfs.warmUp().catch((error) => log('PDF warm-up failed', error)), 1500).unref();
      // The day's first backup, while the app already answers (the backup API copies in small steps).
      void backups?.dailyIfDue().catch((error) => log('Daily backup failed', error));
    },
    close: () => {
      void pdfs.close();
      void voting?.stop();
      library.close();
      backUpOnQuit(db, backups, log);
      purgeDeleted(db, log);
      db?.close();
      release();
    },
  };
}

/**
 * Takes the data folder, then opens the database. Whatever goes wrong becomes `databaseError`
 * (the app still starts and explains why); nothing here throws, so no start-up ends in an
 * unhandled rejection or a bare stack.
 */
function openCaseFiles(options: CoreOptions, log: Logger): { db: Db | null; databaseError: AppFailure | null; release: () => void } {
  const refuse = (error: AppFailure, release = () => {}) => {
    log(`Database not opened (${error.code})`, error);
    return { db: null, databaseError: error, release };
  };
  const folderProblem = prepareDataFolder(options.dataDir);
  if (folderProblem) return refuse(new AppFailure(folderProblem, 'The data folder cannot be used'));
  const lock = lockDataFolder(options.dataDir);
  if (!lock.held) return refuse(new AppFailure('db_in_use', `The data folder is open in another SocialSME 6x3 (process ${lock.owner.pid})`));
  try {
    const db = openDatabase(path.join(options.dataDir, DATABASE_FILE), { access: options.access });
    tightenModes(options.dataDir);
    return { db, databaseError: null, release: lock.release };
  } catch (error) {
    // The folder stays ours while this app explains the problem: its settings are still written.
    return refuse(error instanceof AppFailure ? error : new AppFailure('internal', `Opening the database failed: ${(error as Error).message}`), lock.release);
  }
}

/** A backup on quit when this session changed anything: the state the facilitator left the case files in. */
function backUpOnQuit(db: Db | null, backups: Backups | null, log: Logger): void {
  if (!db || !backups) return;
  try {
    if ((db.prepare('SELECT total_changes() AS n').get() as { n: number }).n > 0) backups.takeNow('on-quit');
  } catch (error) {
    log('Backup on quit failed', error);
  }
}

/** Deleted strategy records go for good when the app closes, or starts after a session that did not (see purgeDeletedRecords). */
function purgeDeleted(db: Db | null, log: Logger): void {
  if (!db) return;
  try {
    purgeDeletedRecords(db);
  } catch (error) {
    log('Removing deleted records failed', error);
  }
}

function readOnlySettings(store: SettingsStore, reason: AppFailure): SettingsStore {
  return {
    get: () => store.get(),
    update: () => {
      throw reason;
    },
    setWindowBounds: () => {},
  };
}

function consoleAndFile(folder: string): Logger {
  const file = fileLogger(folder);
  return (message, error) => {
    file(message, error);
    // An expected refusal is one line on the console; the stack goes to the log file only.
    console.error(`[socialsme] ${message}`, error instanceof AppFailure ? error.message : (error ?? ''));
  };
}

function databaseProblem(code: string): NonNullable<AppInfo['databaseError']> {
  return isDatabaseProblem(code) ? code : 'internal';
}

/**
 * The desktop app prints a PDF by handing the file to the computer's PDF viewer, which prints the
 * document itself (vector text, real page size) rather than a picture of the screen. The file goes
 * to print/ in the data folder (on the stick in portable mode), replacing the one printed before.
 */
async function printThroughSystemViewer(options: CoreOptions, fileName: string, bytes: Buffer): Promise<void> {
  if (!options.openFile) throw new AppFailure('bad_request', 'Printing through the system viewer is for the desktop app');
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw new AppFailure('bad_request', 'Not a PDF');
  const folder = path.join(options.dataDir, 'print');
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  for (const old of fs.readdirSync(folder)) fs.rmSync(path.join(folder, old), { force: true });
  // Only the name's letters, digits, spaces and a few marks: it becomes a file name on any system.
  const safe = fileName.replace(/\.pdf$/i, '').replace(/[^\p{L}\p{N} ._()-]+/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 120) || 'document';
  const file = path.join(folder, `${safe}.pdf`);
  fs.writeFileSync(file, bytes, { mode: 0o600 });
  const problem = await options.openFile(file);
  if (problem) throw new AppFailure('internal', `The system could not open ${file}: ${problem}`);
}
