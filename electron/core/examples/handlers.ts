import type { Db } from '../db/open';
import type { Structure } from '../library/load';
import type { SliceHandlers } from '../slice';
import { loadExample } from './example';

export const exampleHandlers = (deps: { db: () => Db; library: { getStructure: () => Structure } }): SliceHandlers<'examples'> => ({
  'examples.load': () => loadExample({ db: deps.db(), structure: () => deps.library.getStructure() }),
});
