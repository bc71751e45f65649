import { None, returns } from './channel';

export const exampleChannels = {
  /** Creates the fictional example SME with a complete case file, for exploring the app. */
  'examples.load': { input: None, output: returns<{ smeId: string; processId: string }>() },

} as const;
