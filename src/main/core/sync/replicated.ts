import { TABLES, type AnyTable } from '../schema';

/**
 * What travels between the couple's computers, derived from the one description of the
 * journal's data (core/schema): every described table is either replicated or kept by this
 * computer alone, and a test fails when a table is added without a choice here.
 */
export const SYNC_POLICY: Record<string, 'replicated' | { thisComputer: string }> = {
  partners: 'replicated',
  settings: { thisComputer: 'lock and idle times belong to the computer, not to the couple' },
  sessions: 'replicated',
  entries: 'replicated',
  check_ins: 'replicated',
  deck_marks: 'replicated',
};

/** A described table that replicates. */
export type ReplicatedTable = AnyTable;

/** Parents before the rows that refer to them (sessions before their reflections). */
export const REPLICATED: readonly ReplicatedTable[] = TABLES.filter((t) => SYNC_POLICY[t.table] === 'replicated');

export const replicatedByTable = new Map<string, ReplicatedTable>(REPLICATED.map((t) => [t.table, t]));

/**
 * Tables whose rows merge as a whole: when two computers change the same row at the same
 * time, one computer's whole row wins. A session moves through states whose fields belong
 * together (completed with its day, or abandoned), and a field-by-field merge could pair one
 * computer's "abandoned" with the other's completion; a check-in is never changed once made.
 * Other tables merge field by field (a question marked a favourite on one computer and
 * talked about on the other keeps both).
 */
export const WHOLE_ROWS: ReadonlySet<string> = new Set(['sessions', 'check_ins']);
