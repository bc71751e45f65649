import fs from 'node:fs';
import path from 'node:path';
import type { Language } from '../api/languages';
import { LANGUAGES } from '../api/languages';
import type { AppInfo } from '../api/contract';
import { appRoot } from './app-root';

export interface DatabaseMessage {
  title: string;
  /** What happened and what to do. */
  text: string;
  /** "The file has not been changed. It is in this folder:" followed by the data folder. */
  where: string;
}

/**
 * The database refusal in the user's language, for the places that show it before (or without)
 * the renderer: the Electron shell's dialog and the browser host's console. Same strings as the
 * renderer's screen (locales: dbError.*).
 */
export function databaseMessage(code: NonNullable<AppInfo['databaseError']>, languages: readonly (string | null)[], dataDir: string): DatabaseMessage {
  const strings = dbStrings(pickLanguage(languages));
  const english = dbStrings('en');
  const say = (key: string) => strings[key] ?? english[key] ?? key;
  return { title: say('title'), text: say(code), where: `${say('untouched')}\n${dataDir}` };
}

/** The first of the preferred languages (BCP 47 tags or our codes) the app speaks; else English. */
export function pickLanguage(preferred: readonly (string | null)[]): Language {
  for (const tag of preferred) {
    const base = tag?.toLowerCase().split(/[-_]/)[0];
    const match = LANGUAGES.find((l) => l === base);
    if (match) return match;
  }
  return 'en';
}

function dbStrings(language: Language): Record<string, string> {
  try {
    const file = path.join(appRoot(), 'locales', language, 'translation.json');
    return (JSON.parse(fs.readFileSync(file, 'utf8')) as { dbError?: Record<string, string> }).dbError ?? {};
  } catch {
    return {};
  }
}
