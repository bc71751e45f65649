import { z } from 'zod';
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
  /**
   * Desktop app only: hands a PDF the app made to the computer's own PDF viewer, which prints the
   * document itself at full quality (the browser host prints through the browser's viewer).
   */
  'app.printPdf': { input: z.object({ fileName: z.string().trim().min(1).max(200), base64: z.string().max(120_000_000) }), output: returns<null>() },
} as const;
