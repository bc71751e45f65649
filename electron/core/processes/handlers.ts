import type { Db } from '../db/open';
import type { ProcessRepository } from './repository';
import type { SliceHandlers } from '../slice';
import { nextCycle } from './next-cycle';

export const processHandlers = (deps: { db: () => Db; processes: () => ProcessRepository }): SliceHandlers<'processes'> => ({
  'processes.create': (data) => deps.processes().create(data),
  'processes.update': ({ id, data }) => deps.processes().update(id, data),
  'processes.get': ({ id }) => deps.processes().get(id),
  'processes.listForSme': ({ smeId }) => deps.processes().listForSme(smeId),
  'processes.nextCycle': ({ id, title, startDate }) =>
    nextCycle({ db: deps.db(), processes: deps.processes() }, id, { title, startDate }),
});
