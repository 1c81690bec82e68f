import { describe, expect, it } from 'vitest';
import { TABLES } from '../../../../../src/main/core/schema';
import { REPLICATED, SYNC_POLICY } from '../../../../../src/main/core/sync';

describe('what replicates is decided once, from the data description', () => {
  it('every described table has a choice, and no choice names a table the description lacks', () => {
    // A table added to core/schema without a line in sync/replicated.ts fails here.
    expect(Object.keys(SYNC_POLICY).sort()).toEqual(TABLES.map((t) => t.table).sort());
  });

  it('the journal replicates; settings of one computer (lock, idle time) do not', () => {
    expect(REPLICATED.map((t) => t.table)).toEqual(['partners', 'sessions', 'entries', 'check_ins', 'deck_marks']);
    expect(SYNC_POLICY.settings).toMatchObject({ thisComputer: expect.stringMatching(/lock/) });
  });

  it('parents come before the rows that refer to them (a reflection after its session)', () => {
    const order = REPLICATED.map((t) => t.table);
    expect(order.indexOf('sessions')).toBeLessThan(order.indexOf('entries'));
  });
});
