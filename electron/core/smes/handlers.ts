import type { Backups } from '../backups/backups';
import type { Dashboard } from '../../api/strategy';
import type { SmeRepository } from './repository';
import type { SliceHandlers } from '../slice';

/**
 * `dashboard` is handed in: an SME's dashboard sums up its processes and strategies, which sit above
 * the SME register, so the register does not import them.
 */
export const smeHandlers = (deps: { backups: () => Backups; smes: () => SmeRepository; dashboard: (smeId: string) => Dashboard }): SliceHandlers<'smes'> => ({
  'smes.list': (query) => deps.smes().list(query),
  'smes.get': ({ id }) => deps.smes().get(id),
  'smes.create': (data) => deps.smes().create(data),
  'smes.update': ({ id, data }) => deps.smes().update(id, data),
  'smes.setArchived': ({ id, archived }) => deps.smes().setArchived(id, archived),
  'smes.trash': ({ id }) => deps.smes().trash(id),
  'smes.restore': ({ id }) => deps.smes().restore(id),
  'smes.purge': ({ id }) => {
    // Purging is for good: a backup first (named in the answer, so the screen can say so), only for an SME in the trash.
    if (!deps.smes().get(id).deletedAt) return deps.smes().purge(id);
    const backup = deps.backups().takeNow('before-purge').name;
    return { ...deps.smes().purge(id), backup };
  },
  'smes.dashboard': ({ smeId }) => deps.dashboard(smeId),
});
