import type { CoreDeps, SliceHandlers } from '../handlers';
import { loadExample } from './example';

export const exampleHandlers = (deps: CoreDeps): SliceHandlers<'examples'> => ({
  'examples.load': () =>
    loadExample({ smes: deps.smes(), processes: deps.processes(), workshops: deps.workshops(), strategies: deps.strategies(), transaction: deps.transaction }),
});
