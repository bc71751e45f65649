import type { Language } from '@api/languages';

// Each UI language is its own chunk among the app's files (never fetched from the network): the
// first screen waits only for the language it shows, and another is read when it is chosen.
const files = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/translation.json');

/** The interface text of one language. */
export async function readInterfaceText(language: Language): Promise<Record<string, unknown>> {
  const file = files[`../../locales/${language}/translation.json`];
  if (!file) throw new Error(`No interface text for language "${language}"`);
  return (await file()).default;
}
