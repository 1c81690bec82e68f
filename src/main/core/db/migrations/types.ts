import type { WritableDB } from '../connection';

export interface Migration {
  /** Steps by 10, so a fix can slip in between two released migrations. */
  version: number;
  name: string;
  up: (db: WritableDB) => void;
}
