import type { CoreDeps, SliceHandlers } from '../handlers';
import { nextCycle } from './next-cycle';

export const processHandlers = (deps: CoreDeps): SliceHandlers<'processes'> => ({
  'processes.create': (data) => deps.processes().create(data),
  'processes.update': ({ id, data }) => deps.processes().update(id, data),
  'processes.get': ({ id }) => deps.processes().get(id),
  'processes.listForSme': ({ smeId }) => deps.processes().listForSme(smeId),
  'processes.nextCycle': ({ id, title, startDate }) =>
    nextCycle({ db: deps.db(), processes: deps.processes(), strategies: deps.strategies() }, id, { title, startDate }),
});
