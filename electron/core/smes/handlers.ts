import type { CoreDeps, SliceHandlers } from '../handlers';
import { smeDashboard } from './dashboard';

export const smeHandlers = (deps: CoreDeps): SliceHandlers<'smes'> => ({
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
