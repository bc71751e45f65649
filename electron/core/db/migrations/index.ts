import { migration0010 } from './0010-smes';
import { migration0020 } from './0020-processes';
import { migration0030 } from './0030-strategy';
import { migration0040 } from './0040-marker';
import { migration0050 } from './0050-voting';
import { migration0060 } from './0060-minutes-notes';
import { migration0070 } from './0070-shared-records';
import { migration0080 } from './0080-kept-indicators';
import { migration0090 } from './0090-evaluation-editions';
import { migration0110 } from './0110-sme-figures-energy';
import { migration0120 } from './0120-standard-tags';
import type { Migration } from './types';

/** All migrations in ascending order. Add new ones at the end. */
export const MIGRATIONS: readonly Migration[] = [migration0010, migration0020, migration0030, migration0040, migration0050, migration0060, migration0070, migration0080, migration0090, migration0110, migration0120];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
