import type { Db } from '../db/open';
import type { ContentLibrary } from '../library/library';
import type { SliceHandlers } from '../slice';
import { loadExample, removeExample } from './example';

export const exampleHandlers = (deps: { db: () => Db; library: ContentLibrary }): SliceHandlers<'examples'> => ({
  'examples.load': () => loadExample({ db: deps.db(), structure: () => deps.library.getStructure(), crosswalk: () => deps.library.crosswalk('en').crosswalk }),
  'examples.remove': () => removeExample(deps.db()),
});
