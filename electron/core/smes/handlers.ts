import type { Db } from '../db/open';
import type { ProcessRepository } from '../processes/repository';
import type { StrategyRepository } from '../strategy/repository';
import type { SmeRepository } from './repository';
import type { SliceHandlers } from '../slice';
import { smeDashboard } from './dashboard';

export const smeHandlers = (deps: { db: () => Db; smes: () => SmeRepository; processes: () => ProcessRepository; strategies: () => StrategyRepository }): SliceHandlers<'smes'> => ({
  'smes.list': (query) => deps.smes().list(query),
  'smes.get': ({ id }) => deps.smes().get(id),
  'smes.create': (data) => deps.smes().create(data),
  'smes.update': ({ id, data }) => deps.smes().update(id, data),
  'smes.setArchived': ({ id, archived }) => deps.smes().setArchived(id, archived),
  'smes.trash': ({ id }) => deps.smes().trash(id),
  'smes.restore': ({ id }) => deps.smes().restore(id),
  'smes.purge': ({ id }) => deps.smes().purge(id),
  'smes.dashboard': ({ smeId }) => smeDashboard({ db: deps.db(), processes: deps.processes(), strategies: deps.strategies() }, smeId),
});
