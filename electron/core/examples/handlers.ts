import type { ExampleDeps } from './example';
import type { SliceHandlers } from '../slice';
import { loadExample } from './example';

export const exampleHandlers = (deps: { [K in Exclude<keyof ExampleDeps, 'transaction'>]: () => ExampleDeps[K] } & Pick<ExampleDeps, 'transaction'>): SliceHandlers<'examples'> => ({
  'examples.load': () =>
    loadExample({ smes: deps.smes(), processes: deps.processes(), workshops: deps.workshops(), strategies: deps.strategies(), transaction: deps.transaction }),
});
