import { None, returns } from './channel';

export interface AppInfo {
  version: string;
  /** 'electron' in the desktop app, 'browser' in the browser host. */
  shell: 'electron' | 'browser';
  dataDir: string;
  /** The operating system's preferred languages (BCP 47), most preferred first. */
  systemLanguages: string[];
  /** Why the case-file database is not available ('db_newer', 'db_corrupt', 'db_locked'), or null. */
  databaseError: 'db_newer' | 'db_corrupt' | 'db_locked' | 'internal' | null;
}

export const appChannels = {
  'app.info': { input: None, output: returns<AppInfo>() },
} as const;
