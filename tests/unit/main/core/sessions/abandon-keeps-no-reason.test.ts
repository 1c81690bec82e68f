import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../../../src/shared/exercises';
import { createHandlers } from '../../../../../src/main/core/handlers';
import { openTestJournal } from '../../../../support/journal';
import { useTempDirs } from '../../../../support/temp-dir';

const tempDir = useTempDirs();
const T0 = Date.UTC(2026, 11, 5, 20);

/** Every row of every table, as plain objects, so a test can see exactly what a call changed. */
function everything(db: { prepare(sql: string): { all(): unknown[] } }): Record<string, unknown[]> {
  const tables = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%'`)
    .all() as { name: string }[];
  return Object.fromEntries(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}"`).all()]));
}

describe('"Not now" (sessions.abandon)', () => {
  it('changes only the session’s status and time: nothing stored says why it stopped', async () => {
    let now = T0;
    const { hearth } = await openTestJournal(tempDir(), { clock: () => now });
    const handlers = createHandlers(hearth);
    const deeper = CATALOGUE.find((exercise) => exercise.depth === 'deeper' && exercise.steps.length >= 3)!;
    const session = await handlers['sessions.start']({ exerciseId: deeper.id, firstSpeaker: 'b', at: { utc: now, offsetMinutes: 0 } });
    await handlers['sessions.moveTo']({ id: session.id, stepIndex: 2 });

    const before = everything(hearth.db());
    now += 60_000;
    const stopped = await handlers['sessions.abandon']({ id: session.id });
    const after = everything(hearth.db());

    expect(stopped.status).toBe('abandoned');
    // Every other table is exactly as it was: no note, no event, no entry about the stop.
    for (const table of Object.keys(before)) {
      if (table !== 'sessions') expect(after[table], table).toEqual(before[table]);
    }
    // The session row: the same columns and values, but for status and updated_at.
    const [rowBefore] = before.sessions as Record<string, unknown>[];
    const [rowAfter] = after.sessions as Record<string, unknown>[];
    expect(Object.keys(rowAfter!).sort()).toEqual(Object.keys(rowBefore!).sort());
    expect(Object.keys(rowAfter!).filter((column) => /reason|why|note|cause/i.test(column))).toEqual([]);
    expect(rowAfter).toEqual({ ...rowBefore, status: 'abandoned', updated_at: now });
    // Its state is only who spoke first and the (empty) feelings.
    expect(JSON.parse(rowAfter!.state as string)).toEqual({ firstSpeaker: 'b', feelings: { a: null, b: null } });
  });
});
