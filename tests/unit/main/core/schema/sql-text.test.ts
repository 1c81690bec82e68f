import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalRow } from '../../../../../src/main/core/backup/document';
import { openEncrypted, type WritableDB } from '../../../../../src/main/core/db/connection';
import { migrate } from '../../../../../src/main/core/db/migrate';
import {
  CHILD_TABLES,
  iterateRecords,
  recordWriter,
  selectCanonicalSql,
  selectRecordsJsonBatchSql,
  TABLES,
  type Column,
} from '../../../../../src/main/core/schema';
import { useTempDirs } from '../../../../support/temp-dir';

const tempDir = useTempDirs();

/** Text that JSON writers are known to spell differently: every control character, quotes, separators, astral and combining characters. */
const AWKWARD = `${Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('')} "quoted" \\ back\\slash / \u007f \u2028\u2029 é e\u0301 🌻👩‍❤️‍👨 \uffff 日本語 </script>`;

/** Rows for every table from the description's own samples (two each), the first entry with awkward text and its tags. */
function seeded(): WritableDB {
  const db = openEncrypted(join(tempDir(), 'journal.db'), { key: randomBytes(32) });
  migrate(db);
  db.pragma('foreign_keys = OFF');
  db.transaction(() => {
    for (const table of TABLES) {
      const writer = recordWriter(db, table);
      for (const which of [0, 1] as const) {
        const row: Record<string, unknown> = {};
        for (const [field, column] of Object.entries(table.fields as Record<string, Column>)) {
          row[field] = which === 1 && column.nullable ? null : column.samples[which];
        }
        for (const child of CHILD_TABLES.filter((c) => c.parent === table.table)) {
          row[child.field] = which === 0 ? [...child.value.samples, AWKWARD, 'Ünïcode', 'zebra', 'apple', 'x\uffff', 'x🌻'] : [];
        }
        if (table.table === 'entries' && which === 0) row.body = AWKWARD;
        writer.insert(row);
      }
    }
  })();
  return db;
}

describe("SQLite's JSON text for the backup is exactly what JSON.stringify writes", () => {
  it('each record, in batches, as export writes it: the same bytes as the rows read into JS and stringified', () => {
    const db = seeded();
    for (const table of TABLES) {
      const expected = [...iterateRecords(db, table)].map((row) => JSON.stringify(row)).join(',');
      // Batches of one, so every batch after the first starts after the key of the one before.
      const first = db.prepare(selectRecordsJsonBatchSql(table, true, 1)).get() as { text: Buffer; last: unknown; n: number };
      const pieces = [first.text.toString('utf8')];
      let last = first.last;
      for (;;) {
        const next = db.prepare(selectRecordsJsonBatchSql(table, false, 1)).get(last) as { text: Buffer | null; last: unknown; n: number };
        if (next.n === 0) break;
        pieces.push(next.text!.toString('utf8'));
        last = next.last;
      }
      expect(pieces.join(','), table.table).toBe(expected);
      expect(pieces).toHaveLength(2);
      // And in one batch.
      const whole = db.prepare(selectRecordsJsonBatchSql(table, true, 64)).get() as { text: Buffer };
      expect(whole.text.toString('utf8')).toBe(expected);
    }
    expect(JSON.parse((db.prepare(selectRecordsJsonBatchSql(TABLES[3], true, 64)).get() as { text: Buffer }).text.toString('utf8').split(/,(?=\{"uid")/)[0]!).body).toBe(AWKWARD);
    db.close();
  });

  it("each row's canonical text, as restore's check makes it from the built journal: the same as canonicalRow of the record", () => {
    const db = seeded();
    for (const table of TABLES) {
      const fromSql = (db.prepare(selectCanonicalSql(table)).pluck().all() as string[]).sort();
      const fromRecords = [...iterateRecords(db, table)].map((row) => canonicalRow(table, row)).sort();
      expect(fromSql, table.table).toEqual(fromRecords);
    }
    db.close();
  });
});
