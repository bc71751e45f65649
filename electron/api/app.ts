import { None, returns } from './channel';
import type { DatabaseProblem } from './result';

export interface AppInfo {
  version: string;
  /** 'electron' in the desktop app, 'browser' in the browser host. */
  shell: 'electron' | 'browser';
  dataDir: string;
  /** The operating system's preferred languages (BCP 47), most preferred first. */
  systemLanguages: string[];
  /** Why the case-file database is not available, or null when it is open. */
  databaseError: DatabaseProblem | 'internal' | null;
}

export const appChannels = {
  'app.info': { input: None, output: returns<AppInfo>() },
} as const;
