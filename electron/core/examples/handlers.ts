import type { ContentLibrary } from '../library/library';
import type { SliceHandlers } from '../slice';
import type { ExampleDeps } from './example';
import { loadExample, removeExample } from './example';

type Repositories = Exclude<keyof ExampleDeps, 'transaction' | 'crosswalk'>;

export const exampleHandlers = (deps: { [K in Repositories]: () => ExampleDeps[K] } & Pick<ExampleDeps, 'transaction'> & { library: ContentLibrary }): SliceHandlers<'examples'> => ({
  'examples.load': () =>
    loadExample({
      smes: deps.smes(), processes: deps.processes(), workshops: deps.workshops(), strategies: deps.strategies(), standards: deps.standards(),
      crosswalk: deps.library.crosswalk('en').crosswalk, transaction: deps.transaction,
    }),
  'examples.remove': () => removeExample({ smes: deps.smes(), transaction: deps.transaction }),
});
