/** One schema step. Versions go up in tens and are never reused or edited after release. */
export interface Migration {
  version: number;
  name: string;
  /** SQL run inside the migration transaction. */
  up: string;
}
