import { randomUUID } from 'node:crypto';
import { exerciseById, type Exercise } from '../../../shared/exercises';
import type { Session } from '../../../shared/ipc/features/sessions';
import type { PartnerSlot } from '../../../shared/model';
import type { WrittenAt } from '../../../shared/ipc/written-at';
import type { ReadableDB, WritableDB } from '../db/connection';
import { createEntry, getEntry } from '../journal';
import { localDay } from '../time/local-day';
import { sessionError } from './errors';

interface SessionRow {
  id: string;
  exercise_id: string;
  theme: string;
  status: Session['status'];
  step_index: number;
  state: string;
  started_at: number;
  updated_at: number;
  completed_at: number | null;
}

interface SessionState {
  firstSpeaker: PartnerSlot;
  feelings: { a: number | null; b: number | null };
}

function exerciseOf(id: string): Exercise {
  const exercise = exerciseById(id);
  if (!exercise) throw sessionError.noSuchExercise();
  return exercise;
}

function toSession(db: ReadableDB, row: SessionRow): Session {
  const state = JSON.parse(row.state) as SessionState;
  const reflectionIds = db
    .prepare(
      `SELECT uid FROM entries WHERE session_id = ? AND kind = 'reflection' AND deleted_at IS NULL ORDER BY created_at, author`,
    )
    .pluck()
    .all(row.id) as string[];
  return {
    id: row.id,
    exerciseId: row.exercise_id,
    theme: row.theme,
    status: row.status,
    stepIndex: row.step_index,
    firstSpeaker: state.firstSpeaker,
    feelings: state.feelings,
    startedAt: row.started_at,
    updatedAt: row.updated_at,
    completedAt: row.completed_at,
    reflections: reflectionIds.map((uid) => getEntry(db, uid)!).filter(Boolean),
  };
}

function row(db: ReadableDB, id: string): SessionRow {
  const found = db.prepare('SELECT * FROM sessions WHERE id = ?').get(id) as SessionRow | undefined;
  if (!found) throw sessionError.gone();
  return found;
}

export function getSession(db: ReadableDB, id: string): Session {
  return toSession(db, row(db, id));
}

export function startSession(
  db: WritableDB,
  input: { exerciseId: string; firstSpeaker?: PartnerSlot | undefined; at: WrittenAt },
): Session {
  const exercise = exerciseOf(input.exerciseId);
  const id = randomUUID();
  const state: SessionState = { firstSpeaker: input.firstSpeaker ?? 'a', feelings: { a: null, b: null } };
  db.prepare(
    `INSERT INTO sessions (id, exercise_id, theme, status, step_index, state, started_at, updated_at)
     VALUES (?, ?, ?, 'in-progress', 0, ?, ?, ?)`,
  ).run(id, exercise.id, exercise.theme, JSON.stringify(state), input.at.utc, input.at.utc);
  return getSession(db, id);
}

const requireInProgress = (found: SessionRow) => {
  if (found.status !== 'in-progress') {
    throw sessionError.alreadyEnded();
  }
};

/** Remembers the step the couple reached, so leaving and coming back resumes there. */
export function moveToStep(db: WritableDB, id: string, stepIndex: number, now: number): Session {
  const found = row(db, id);
  requireInProgress(found);
  const steps = exerciseOf(found.exercise_id).steps.length;
  if (stepIndex >= steps) throw sessionError.noSuchStep();
  db.prepare('UPDATE sessions SET step_index = ?, updated_at = ? WHERE id = ?').run(stepIndex, now, id);
  return getSession(db, id);
}

export interface ReflectionInput {
  author: PartnerSlot;
  body?: string | undefined;
  feeling?: number | undefined;
}

/** Ends a session: each partner's reflection (if written) becomes a journal entry linked to it. */
export function completeSession(db: WritableDB, id: string, reflections: ReflectionInput[], at: WrittenAt): Session {
  const authors = reflections.map((r) => r.author);
  if (new Set(authors).size !== authors.length) {
    throw sessionError.oneReflectionEach();
  }
  db.transaction(() => {
    const found = row(db, id);
    requireInProgress(found);
    const state = JSON.parse(found.state) as SessionState;
    for (const reflection of reflections) {
      if (reflection.feeling !== undefined) state.feelings[reflection.author] = reflection.feeling;
      if (reflection.body && reflection.body.trim().length > 0) {
        createEntry(db, {
          author: reflection.author,
          body: reflection.body,
          kind: 'reflection',
          mood: reflection.feeling,
          sessionId: id,
          at,
        });
      }
    }
    const last = exerciseOf(found.exercise_id).steps.length - 1;
    db.prepare(
      `UPDATE sessions SET status = 'completed', step_index = ?, state = ?, updated_at = ?, completed_at = ?, completed_day = ?
       WHERE id = ?`,
    ).run(last, JSON.stringify(state), at.utc, at.utc, localDay(at), id);
  })();
  return getSession(db, id);
}

export function abandonSession(db: WritableDB, id: string, now: number): Session {
  requireInProgress(row(db, id));
  db.prepare(`UPDATE sessions SET status = 'abandoned', updated_at = ? WHERE id = ?`).run(now, id);
  return getSession(db, id);
}

export function sessionsInProgress(db: ReadableDB): Session[] {
  const rows = db
    .prepare(`SELECT * FROM sessions WHERE status = 'in-progress' ORDER BY updated_at DESC LIMIT 20`)
    .all() as SessionRow[];
  return rows.map((r) => toSession(db, r));
}

export function recentSessions(db: ReadableDB, limit: number): Session[] {
  const rows = db
    .prepare(`SELECT * FROM sessions WHERE status = 'completed' ORDER BY completed_at DESC LIMIT ?`)
    .all(limit) as SessionRow[];
  return rows.map((r) => toSession(db, r));
}
