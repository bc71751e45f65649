import fs from 'node:fs';
import path from 'node:path';
import type { AppInfo } from '../api/contract';
import { AppFailure } from '../api/result';
import { appRoot, rendererDir } from './app-root';
import { ContentLibrary } from './library/library';
import type { Db } from './db/open';
import { PdfService } from './pdf/pdf-service';
import { ProcessRepository } from './processes/repository';
import { WorkshopRepository } from './workshops/repository';
import { openDatabase } from './db/open';
import type { Dispatch, Logger } from './dispatch';
import { createDispatch } from './dispatch';
import { createHandlers } from './handlers';
import type { SettingsStore } from './settings/store';
import { SmeRepository } from './smes/repository';
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
  log?: Logger;
  /** The methodology package; default: content/ beside the app. */
  contentDir?: string;
  /** The built renderer, whose participant page the voting server serves; default: dist/renderer beside the app. */
  rendererDir?: string;
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
  fs.mkdirSync(options.dataDir, { recursive: true });
  let db: Db | null = null;
  let databaseError: AppFailure | null = null;
  try {
    db = openDatabase(path.join(options.dataDir, DATABASE_FILE));
  } catch (error) {
    if (!(error instanceof AppFailure)) throw error;
    databaseError = error;
    options.log?.('Database not opened', error);
  }
  const smes = db ? new SmeRepository(db) : null;
  const library = new ContentLibrary(options.contentDir ?? path.join(appRoot(), 'content'));
  const processes = db ? new ProcessRepository(db) : null;
  const workshops = db ? new WorkshopRepository(db, () => library.getStructure()) : null;
  const strategies = db ? new StrategyRepository(db, () => library.getStructure()) : null;
  const pdfs = new PdfService(library);
  const rounds = db ? new RoundStore(db) : null;
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
    settings: options.settings,
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
    rounds: () => {
      if (!rounds) throw databaseError!;
      return rounds;
    },
    voting: () => {
      if (!voting) throw databaseError!;
      return voting;
    },
    transaction: (fn) => {
      if (!db) throw databaseError!;
      return db.transaction(fn)();
    },
  });
  return {
    dispatch: createDispatch(handlers, options.log),
    databaseError,
    db,
    library,
    warmUp: () => {
      setTimeout(() => void pdfs.warmUp().catch((error) => options.log?.('PDF warm-up failed', error)), 1500).unref();
    },
    close: () => {
      void voting?.stop();
      library.close();
      db?.close();
    },
  };
}

function databaseProblem(code: string): NonNullable<AppInfo['databaseError']> {
  return code === 'db_newer' || code === 'db_corrupt' || code === 'db_locked' ? code : 'internal';
}
