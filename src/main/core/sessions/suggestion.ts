import { CATALOGUE, exerciseById, THEMES, type Exercise, type ThemeId } from '../../../shared/exercises';
import type { Suggestion } from '../../../shared/ipc/features/sessions';
import type { ReadableDB } from '../db/connection';

/** Which themes tend to help with each check-in dimension. */
const THEMES_FOR: Record<'close' | 'safe' | 'heard', readonly ThemeId[]> = {
  close: ['quality-time', 'share-feelings'],
  safe: ['cultivate-trust', 'fear-of-vulnerability'],
  heard: ['active-listening', 'poor-communication'],
};

const PHRASE_FOR: Record<'close' | 'safe' | 'heard', string> = {
  close: 'to help you both feel a little closer',
  safe: 'to help you both feel safe with each other',
  heard: 'to help you both feel heard',
};

const RECENT_CHECK_IN_MS = 14 * 24 * 60 * 60 * 1000;

const titleOf = (theme: ThemeId) => THEMES.find((t) => t.id === theme)!.title;

/** When each theme and exercise was last completed (ms), from the journal. */
function lastPractised(db: ReadableDB) {
  const rows = db
    .prepare(`SELECT exercise_id, theme, max(completed_at) AS at FROM sessions WHERE status = 'completed' GROUP BY exercise_id`)
    .all() as { exercise_id: string; theme: string; at: number }[];
  const byTheme = new Map<string, number>();
  const byExercise = new Map<string, number>();
  for (const r of rows) {
    // A merged exercise's old id counts as the exercise it became.
    const id = exerciseById(r.exercise_id)?.id ?? r.exercise_id;
    byExercise.set(id, Math.max(byExercise.get(id) ?? 0, r.at));
    byTheme.set(r.theme, Math.max(byTheme.get(r.theme) ?? 0, r.at));
  }
  return { byTheme, byExercise };
}

/** The light exercise of a theme done least recently (never done first, in catalogue order). */
function pickExercise(theme: ThemeId, byExercise: Map<string, number>): Exercise {
  const candidates = CATALOGUE.filter((e) => e.theme === theme && e.depth === 'light');
  const pool = candidates.length > 0 ? candidates : CATALOGUE.filter((e) => e.theme === theme);
  return [...pool].sort((x, y) => (byExercise.get(x.id) ?? 0) - (byExercise.get(y.id) ?? 0))[0]!;
}

/** The dimension the latest check-ins (one per partner, within two weeks) rated lowest, if any is below 4. */
function weakestDimension(db: ReadableDB, now: number): 'close' | 'safe' | 'heard' | null {
  const latest = db
    .prepare(
      `SELECT c.close, c.safe, c.heard FROM check_ins c
       WHERE c.created_at >= ? AND c.created_at = (SELECT max(created_at) FROM check_ins WHERE partner = c.partner)`,
    )
    .all(now - RECENT_CHECK_IN_MS) as { close: number; safe: number; heard: number }[];
  if (latest.length === 0) return null;
  const average = (key: 'close' | 'safe' | 'heard') => latest.reduce((sum, r) => sum + r[key], 0) / latest.length;
  const ranked = (['heard', 'safe', 'close'] as const).map((d) => [d, average(d)] as const).sort((a, b) => a[1] - b[1]);
  const [dimension, score] = ranked[0]!;
  return score < 4 ? dimension : null;
}

/**
 * One next exercise with a one-line reason: the last check-ins' weakest feeling when there
 * is one, otherwise the strategy left longest (never-tried ones first, in the article's order).
 * It suggests; it never scores or labels the couple.
 */
export function suggestNext(db: ReadableDB, now: number): Suggestion {
  const { byTheme, byExercise } = lastPractised(db);
  const dimension = weakestDimension(db, now);
  if (dimension) {
    const theme = [...THEMES_FOR[dimension]].sort((x, y) => (byTheme.get(x) ?? 0) - (byTheme.get(y) ?? 0))[0]!;
    const exercise = pickExercise(theme, byExercise);
    return { exerciseId: exercise.id, basis: 'check-in', reason: `From your last check-ins: something ${PHRASE_FOR[dimension]}.` };
  }
  const strategies = THEMES.filter((t) => t.kind === 'strategy' && t.id !== 'professional-help').map((t) => t.id);
  const untried = strategies.find((id) => !byTheme.has(id));
  if (untried) {
    const exercise = pickExercise(untried, byExercise);
    return {
      exerciseId: exercise.id,
      basis: 'first-time',
      reason: byTheme.size === 0 ? 'A gentle place to begin.' : `You haven't tried "${titleOf(untried)}" yet.`,
    };
  }
  const stalest = [...strategies].sort((x, y) => byTheme.get(x)! - byTheme.get(y)!)[0]!;
  const exercise = pickExercise(stalest, byExercise);
  return { exerciseId: exercise.id, basis: 'not-practised-lately', reason: `It has been a while since "${titleOf(stalest)}".` };
}
