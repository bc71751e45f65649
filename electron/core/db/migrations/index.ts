import { migration0010 } from './0010-smes';
import { migration0020 } from './0020-processes';
import { migration0030 } from './0030-strategy';
import { migration0040 } from './0040-marker';
import { migration0050 } from './0050-voting';
import { migration0080 } from './0080-kept-indicators';
import { migration0090 } from './0090-evaluation-editions';
import { migration0110 } from './0110-sme-figures-energy';
import { migration0120 } from './0120-standard-tags';
import { migration0130 } from './0130-minutes-notes';
import { migration0140 } from './0140-shared-records';
import { migration0150 } from './0150-undoable-deletes';
import { migration0160 } from './0160-shared-plan-records';
import type { Migration } from './types';

/** All migrations in ascending order. Add new ones at the end. */
export const MIGRATIONS: readonly Migration[] = [migration0010, migration0020, migration0030, migration0040, migration0050, migration0080, migration0090, migration0110, migration0120, migration0130, migration0140, migration0150, migration0160];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
