import type { AppInfo } from '../api/contract';
import { backupHandlers } from './backups/handlers';
import type { Backups } from './backups/backups';
import { caseFileHandlers } from './case-file/handlers';
import { spreadsheetHandlers } from './spreadsheets/handlers';
import type { Db } from './db/open';
import { exampleHandlers } from './examples/handlers';
import { libraryHandlers } from './library/handlers';
import type { ContentLibrary } from './library/library';
import type { PdfService } from './pdf/pdf-service';
import { processHandlers } from './processes/handlers';
import type { ProcessRepository } from './processes/repository';
import { settingsHandlers } from './settings/handlers';
import type { SettingsStore } from './settings/store';
import type { Handlers } from './slice';
import { smeHandlers } from './smes/handlers';
import type { SmeRepository } from './smes/repository';
import { standardsHandlers } from './standards/handlers';
import type { StandardsRepository } from './standards/repository';
import { smeDashboard } from './strategy/dashboard';
import { strategyHandlers } from './strategy/handlers';
import type { StrategyRepository } from './strategy/repository';
import { workshopHandlers } from './workshops/handlers';
import type { WorkshopRepository } from './workshops/repository';
import { votingHandlers } from './voting/handlers';
import type { RoundStore } from './voting/rounds';
import type { VotingService } from './voting/service';

/** What the slices' handlers are given: the repositories, the library, the PDF service and the settings. */
export interface CoreDeps {
  info: () => AppInfo;
  /** Writes the PDF to a file and opens it in the system's viewer to print (desktop app only). */
  printPdf: (fileName: string, bytes: Buffer) => Promise<void>;
  settings: SettingsStore;
  library: ContentLibrary;
  pdfs: PdfService;
  /** Each of these throws the database's opening error (newer version, corrupt file) when there is one. */
  db: () => Db;
  smes: () => SmeRepository;
  processes: () => ProcessRepository;
  workshops: () => WorkshopRepository;
  strategies: () => StrategyRepository;
  standards: () => StandardsRepository;
  rounds: () => RoundStore;
  /** The open voting round and its server (at most one). */
  voting: () => VotingService;
  /** The backups in backups/ of the data folder. */
  backups: () => Backups;
  /** Runs `fn` in one database transaction (all or nothing, one write to disk). */
  transaction: <T>(fn: () => T) => T;
}

/** One handler per contract channel, joined from the slices; `satisfies` makes a missing channel a compile error. */
export function createHandlers(deps: CoreDeps): Handlers {
  return {
    'app.info': () => deps.info(),
    'app.printPdf': async ({ fileName, base64 }) => {
      await deps.printPdf(fileName, Buffer.from(base64, 'base64'));
      return null;
    },
    ...settingsHandlers(deps),
    ...smeHandlers({ ...deps, dashboard: (smeId) => smeDashboard({ db: deps.db(), processes: deps.processes(), strategies: deps.strategies() }, smeId) }),
    ...libraryHandlers(deps),
    ...processHandlers(deps),
    ...workshopHandlers(deps),
    ...strategyHandlers(deps),
    ...standardsHandlers(deps),
    ...exampleHandlers(deps),
    ...votingHandlers(deps),
    ...caseFileHandlers({ ...deps, language: () => deps.settings.get().uiLanguage ?? 'en' }),
    ...backupHandlers(deps),
    ...spreadsheetHandlers({ ...deps, language: () => deps.settings.get().uiLanguage ?? 'en' }),
  } satisfies Handlers;
}
