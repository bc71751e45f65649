import { None, returns } from './channel';

/**
 * The example SME's id, the same on every computer: it marks the example as such (without a
 * column of its own), so it is loaded once, shown as the example, and can be removed.
 */
export const EXAMPLE_SME_ID = '6e786d70-6c65-4036-b833-000000000001';

export const exampleChannels = {
  /** Creates the fictional example SME with a complete case file, for exploring the app; if it is there already, answers it. */
  'examples.load': { input: None, output: returns<{ smeId: string; processId: string }>() },
  /** Deletes the example SME and its case file for good; the SMEs of clients are never touched. */
  'examples.remove': { input: None, output: returns<{ removed: boolean }>() },
} as const;
