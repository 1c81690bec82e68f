import { describe, expect, it } from 'vitest';
import { CATALOGUE, exerciseById } from '../../../../../src/shared/exercises';
import { createHandlers } from '../../../../../src/main/core/handlers';
import { dispatch } from '../../../../../src/main/core/ipc/dispatch';
import { openTestJournal, reopenTestJournal } from '../../../../support/journal';
import { useTempDirs } from '../../../../support/temp-dir';

const tempDir = useTempDirs();
const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2026, 10, 2, 18); // a Monday evening, UTC
const at = (days: number) => ({ utc: T0 + days * DAY, offsetMinutes: 60 });

async function journal() {
  let now = T0;
  const { hearth, dataDir } = await openTestJournal(tempDir(), { clock: () => now });
  return {
    hearth,
    dataDir,
    handlers: createHandlers(hearth),
    setNow: (ms: number) => (now = ms),
  };
}

const listening = CATALOGUE.find((e) => e.theme === 'active-listening' && e.steps.length >= 3)!;

describe('a guided session', () => {
  it('is saved as it goes and resumes at the same step after the app restarts', async () => {
    const { hearth, handlers, dataDir } = await journal();
    const session = await handlers['sessions.start']({ exerciseId: listening.id, firstSpeaker: 'b', at: at(0) });
    expect(session).toMatchObject({ status: 'in-progress', stepIndex: 0, firstSpeaker: 'b', theme: 'active-listening' });
    await handlers['sessions.moveTo']({ id: session.id, stepIndex: 2 });
    hearth.lock();

    const restarted = await reopenTestJournal(dataDir);
    const [resumable] = await createHandlers(restarted)['sessions.inProgress'](undefined);
    expect(resumable).toMatchObject({ id: session.id, exerciseId: listening.id, stepIndex: 2, firstSpeaker: 'b' });
  });

  it('ends with each partner’s reflection saved in the journal, linked to the session', async () => {
    const { handlers } = await journal();
    const session = await handlers['sessions.start']({ exerciseId: listening.id, at: at(0) });
    const done = await handlers['sessions.complete']({
      id: session.id,
      at: at(0),
      reflections: [
        { author: 'a', body: 'I felt really listened to when you repeated my words back.', feeling: 5 },
        { author: 'b', body: 'Slowing down was harder than I expected.', feeling: 3 },
      ],
    });
    expect(done).toMatchObject({ status: 'completed', stepIndex: listening.steps.length - 1, feelings: { a: 5, b: 3 } });
    expect(done.reflections.map((r) => [r.author, r.kind, r.sessionId, r.mood])).toEqual([
      ['a', 'reflection', session.id, 5],
      ['b', 'reflection', session.id, 3],
    ]);
    const journalPage = await handlers['entries.list']({ limit: 10 });
    expect(journalPage.entries.map((e) => e.body).sort()).toEqual([
      'I felt really listened to when you repeated my words back.',
      'Slowing down was harder than I expected.',
    ]);
    expect(await handlers['sessions.inProgress'](undefined)).toEqual([]);
    expect((await handlers['sessions.recent']({ limit: 5 })).map((s) => s.id)).toEqual([session.id]);
  });

  it('keeps a feeling without words, and no empty entry', async () => {
    const { handlers } = await journal();
    const session = await handlers['sessions.start']({ exerciseId: listening.id, at: at(0) });
    const done = await handlers['sessions.complete']({ id: session.id, at: at(0), reflections: [{ author: 'a', feeling: 4 }, { author: 'b', body: '   ' }] });
    expect(done.feelings).toEqual({ a: 4, b: null });
    expect(done.reflections).toEqual([]);
    expect((await handlers['journal.summary'](undefined)).entryCount).toBe(0);
  });

  it('refuses unknown exercises, steps past the end, a finished session, and two reflections by one partner', async () => {
    const { handlers, hearth } = await journal();
    const result = await dispatch(handlers, 'sessions.start', { exerciseId: 'no-such-exercise' });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const session = await handlers['sessions.start']({ exerciseId: listening.id, at: at(0) });
    expect(await dispatch(handlers, 'sessions.moveTo', { id: session.id, stepIndex: listening.steps.length })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(
      await dispatch(handlers, 'sessions.complete', {
        id: session.id,
        reflections: [{ author: 'a', body: 'one' }, { author: 'a', body: 'two' }],
      }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect((await handlers['journal.summary'](undefined)).entryCount).toBe(0);
    await handlers['sessions.abandon']({ id: session.id });
    expect(await dispatch(handlers, 'sessions.moveTo', { id: session.id, stepIndex: 1 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(hearth.db().prepare('SELECT status FROM sessions').pluck().all()).toEqual(['abandoned']);
  });
});

describe('the home suggestion', () => {
  const complete = async (handlers: Awaited<ReturnType<typeof journal>>['handlers'], exerciseId: string, day: number) => {
    const s = await handlers['sessions.start']({ exerciseId, at: at(day) });
    await handlers['sessions.complete']({ id: s.id, reflections: [], at: at(day) });
  };

  it('begins gently, then walks through the strategies not yet tried, in the article’s order', async () => {
    const { handlers } = await journal();
    const first = await handlers['home.suggestion'](undefined);
    expect(first).toMatchObject({ basis: 'first-time', reason: 'A gentle place to begin.' });
    expect(exerciseById(first.exerciseId)).toMatchObject({ theme: 'cultivate-trust', depth: 'light' });
    await complete(handlers, first.exerciseId, 0);
    const second = await handlers['home.suggestion'](undefined);
    expect(second.basis).toBe('first-time');
    expect(second.reason).toBe('You haven\'t tried "Listen to understand" yet.');
    expect(exerciseById(second.exerciseId)!.theme).toBe('active-listening');
  });

  it('after every strategy, suggests the one left longest', async () => {
    const { handlers } = await journal();
    const order = ['quality-time', 'cultivate-trust', 'active-listening', 'share-feelings', 'practise-empathy'];
    for (const [i, theme] of order.entries()) {
      await complete(handlers, CATALOGUE.find((e) => e.theme === theme && e.depth === 'light')!.id, i);
    }
    const next = await handlers['home.suggestion'](undefined);
    expect(next).toMatchObject({ basis: 'not-practised-lately', reason: 'It has been a while since "Make time for each other".' });
  });

  it('follows the last check-ins’ lowest feeling when one is below four', async () => {
    const { handlers, hearth, setNow } = await journal();
    setNow(T0 + 2 * DAY);
    const insert = hearth.db().prepare(
      `INSERT INTO check_ins (uid, partner, close, safe, heard, created_at, day) VALUES (?, ?, ?, ?, ?, ?, '2026-11-03')`,
    );
    insert.run('old-a', 'a', 1, 1, 1, T0 - 30 * DAY); // too old to count
    insert.run('c1', 'a', 4, 5, 2, T0 + DAY);
    insert.run('c2', 'b', 5, 4, 3, T0 + DAY);
    const next = await handlers['home.suggestion'](undefined);
    expect(next).toMatchObject({ basis: 'check-in', reason: 'From your last check-ins: something to help you both feel heard.' });
    expect(['active-listening', 'poor-communication']).toContain(exerciseById(next.exerciseId)!.theme);
  });
});
