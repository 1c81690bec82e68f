import type { Sheet, SheetExercise, SheetReflection, SheetTurn } from './schema';

/**
 * The units a sheet is laid out in. A block never breaks across pages; a heading
 * (`keepWithNext`) never ends a page without the block that follows it.
 */
export type SheetBlock =
  | { kind: 'header'; key: string; keepWithNext: false }
  | { kind: 'excerpt'; key: string; keepWithNext: false; text: string }
  | { kind: 'exercise'; key: string; keepWithNext: true; exercise: SheetExercise; number: number }
  | { kind: 'turn'; key: string; keepWithNext: false; turn: SheetTurn }
  | { kind: 'reflection-heading'; key: string; keepWithNext: true }
  | { kind: 'reflection'; key: string; keepWithNext: false; reflection: SheetReflection }
  | { kind: 'notes'; key: string; keepWithNext: false; lines: number };

export type SheetBlockKind = SheetBlock['kind'];

/** The sheet as a flat list of blocks, in reading order. */
export function sheetBlocks(sheet: Sheet): SheetBlock[] {
  const blocks: SheetBlock[] = [{ kind: 'header', key: 'header', keepWithNext: false }];
  if (sheet.excerpt !== null) blocks.push({ kind: 'excerpt', key: 'excerpt', keepWithNext: false, text: sheet.excerpt });
  sheet.exercises.forEach((exercise, index) => {
    const id = exercise.id;
    blocks.push({ kind: 'exercise', key: `${id}:heading`, keepWithNext: true, exercise, number: index + 1 });
    for (const turn of exercise.turns) blocks.push({ kind: 'turn', key: turn.key, keepWithNext: false, turn });
    if (exercise.reflection.length > 0) {
      blocks.push({ kind: 'reflection-heading', key: `${id}:reflection`, keepWithNext: true });
      exercise.reflection.forEach((reflection, n) =>
        blocks.push({ kind: 'reflection', key: `${id}:reflection:${n + 1}`, keepWithNext: false, reflection }),
      );
    }
    if (exercise.notesLines > 0) blocks.push({ kind: 'notes', key: `${id}:notes`, keepWithNext: false, lines: exercise.notesLines });
  });
  return blocks;
}
