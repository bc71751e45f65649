import { migration0010 } from './0010-smes';
import type { Migration } from './types';

/** All migrations in ascending order. Add new ones at the end. */
export const MIGRATIONS: readonly Migration[] = [migration0010];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
