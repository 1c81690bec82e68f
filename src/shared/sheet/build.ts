import { exerciseById, THEMES, type Exercise } from '../exercises';
import type { PartnerSlot } from '../model';
import { dayLabel } from './date';
import { Excerpt, Sheet, SheetDay, SHEET_LIMITS, type Paper, type SheetExercise } from './schema';
import { arrangeTurns, type SheetNames } from './turns';

export interface SheetOptions {
  paper: Paper;
  includeReflection: boolean;
  /** Room to write: lines after each partner's own prompts, and a notes box per exercise. */
  includeNotes: boolean;
  /** A passage of their own, printed only when given. Off unless the couple asks for it. */
  excerpt?: string | undefined;
  /** Who speaks first (and goes first where both take a turn). */
  firstSpeaker?: PartnerSlot | undefined;
}

export interface SheetRequest {
  exerciseIds: readonly string[];
  options: SheetOptions;
  names: SheetNames;
  /** The local day, YYYY-MM-DD. */
  date: string;
}

/** A request that cannot become a sheet; the message is a sentence for the couple. */
export class SheetRequestError extends Error {
  override readonly name = 'SheetRequestError';
}

export const SHEET_TITLE = 'Conversation sheet';
export const PAPER_NOTICE =
  'Printed from Hearth. Paper is not encrypted: anyone who finds this sheet can read it. ' +
  'Keep it somewhere private, or shred it when you are done.';

const REFLECTION_LINES = 2;
const NOTES_LINES = 5;

/** The passage as it will print: line endings unified, blank edges trimmed; null when empty. */
export function normaliseExcerpt(text: string | undefined): string | null {
  const normalised = (text ?? '').replace(/\r\n?/g, '\n').replace(/^\s*\n|\s+$/g, '');
  return normalised.trim() === '' ? null : normalised;
}

function themeTitle(exercise: Exercise): string {
  return THEMES.find((theme) => theme.id === exercise.theme)?.title ?? exercise.theme;
}

/**
 * Everything a printed sheet shows, from the chosen exercises and options: the couple's
 * names, the day, each exercise's why, its steps turn by turn, prompts and room to write.
 * `lookup` is the catalogue (tests pass their own exercises).
 */
export function buildSheet(
  request: SheetRequest,
  lookup: (id: string) => Exercise | undefined = exerciseById,
): Sheet {
  const ids = [...new Set(request.exerciseIds)];
  if (ids.length === 0) throw new SheetRequestError('Choose at least one exercise for the sheet.');
  if (ids.length > SHEET_LIMITS.exercises) {
    throw new SheetRequestError(`A sheet holds up to ${SHEET_LIMITS.exercises} exercises.`);
  }
  if (!SheetDay.safeParse(request.date).success) throw new SheetRequestError('The sheet needs a real date.');
  const names = { a: request.names.a.trim(), b: request.names.b.trim() };
  const { options } = request;
  const excerpt = normaliseExcerpt(options.excerpt);
  if (excerpt !== null && !Excerpt.safeParse(excerpt).success) {
    throw new SheetRequestError(
      `A passage can be at most ${SHEET_LIMITS.excerptChars.toLocaleString('en')} characters and ${SHEET_LIMITS.excerptLines} lines.`,
    );
  }

  const exercises = ids.map((id): SheetExercise => {
    const exercise = lookup(id);
    if (!exercise) throw new SheetRequestError('One of the chosen exercises is not in Hearth any more.');
    return {
      id: exercise.id,
      title: exercise.title,
      theme: themeTitle(exercise),
      minutes: exercise.minutes,
      why: exercise.why,
      safetyNote: exercise.safetyNote ?? null,
      turns: arrangeTurns(exercise, names, options.firstSpeaker ?? 'a', options.includeNotes),
      reflection: options.includeReflection
        ? exercise.reflection.map((question) => ({ question, lines: REFLECTION_LINES }))
        : [],
      notesLines: options.includeNotes ? NOTES_LINES : 0,
    };
  });

  // What main will check again: a sheet this function makes always passes.
  return Sheet.parse({
    format: 'hearth-conversation-sheet',
    version: 1,
    paper: options.paper,
    title: SHEET_TITLE,
    date: request.date,
    dateLabel: dayLabel(request.date),
    names,
    notice: PAPER_NOTICE,
    excerpt,
    exercises,
  });
}
