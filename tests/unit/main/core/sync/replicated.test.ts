import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEncrypted } from '../../../../../src/main/core/db/connection';
import { migrate } from '../../../../../src/main/core/db/migrate';
import { CHILD_TABLES } from '../../../../../src/main/core/schema';
import { useTempDirs } from '../../../../support/temp-dir';
import { TABLES } from '../../../../../src/main/core/schema';
import { REPLICATED, SYNC_POLICY } from '../../../../../src/main/core/sync';

const tempDir = useTempDirs();

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

describe('every replicated table tells sync what changed', () => {
  it('has outbox triggers for insert, update and delete (migrations are fixed SQL: a new replicated table needs its own)', () => {
    const db = openEncrypted(join(tempDir(), 'journal.db'), { key: randomBytes(32) });
    migrate(db);
    const triggers = new Set((db.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger'`).all() as { name: string }[]).map((t) => t.name));
    db.close();
    for (const table of [...REPLICATED.map((t) => t.table), ...CHILD_TABLES.map((c) => c.table)]) {
      const kinds = CHILD_TABLES.some((c) => c.table === table) ? ['insert', 'delete'] : ['insert', 'update', 'delete'];
      for (const kind of kinds) expect(triggers, `${table} ${kind}`).toContain(`sync_outbox_${table}_${kind}`);
    }
  });
});
