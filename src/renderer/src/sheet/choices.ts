import type { PartnerSlot } from '../../../shared/model';
import {
  buildCardSheet,
  buildSheet,
  defaultPaper,
  normaliseExcerpt,
  SHEET_LIMITS,
  SheetRequestError,
  type Paper,
  type Sheet,
} from '../../../shared/sheet';
import type { PartnerNames } from '../app/partner-names';

/** What the couple has chosen on the compose screen. */
export interface SheetChoices {
  exerciseIds: string[];
  paper: Paper;
  firstSpeaker: PartnerSlot;
  includeReflection: boolean;
  includeNotes: boolean;
  /** Off by default: nothing of their own goes on paper unless they ask. */
  addPassage: boolean;
  passage: string;
  /** Exercises turn by turn, or deck questions as cards to cut out. */
  kind: 'exercises' | 'cards';
  /** Where the cards come from: the couple's favourites, or one deck. */
  cardSource: 'favourites' | string;
}

export function initialChoices(locale: string): SheetChoices {
  return {
    exerciseIds: [],
    paper: defaultPaper(locale),
    firstSpeaker: 'a',
    includeReflection: true,
    includeNotes: true,
    addPassage: false,
    passage: '',
    kind: 'exercises',
    cardSource: 'favourites',
  };
}

export interface ChoiceErrors {
  exercises?: string;
  passage?: string;
}

/** What stops these choices becoming a sheet, as sentences next to the fields. */
export function checkChoices(choices: SheetChoices): ChoiceErrors {
  const errors: ChoiceErrors = {};
  if (choices.kind === 'cards') return errors;
  if (choices.exerciseIds.length === 0) errors.exercises = 'Choose at least one exercise.';
  else if (choices.exerciseIds.length > SHEET_LIMITS.exercises) {
    errors.exercises = `A sheet holds up to ${SHEET_LIMITS.exercises} exercises. Untick a few, or make two sheets.`;
  }
  if (choices.addPassage) {
    const passage = normaliseExcerpt(choices.passage);
    if (passage === null) errors.passage = 'Write the passage, or untick “Add a passage of your own”.';
    else if (passage.length > SHEET_LIMITS.excerptChars) {
      errors.passage = `Keep the passage to ${SHEET_LIMITS.excerptChars.toLocaleString('en')} characters or fewer.`;
    } else if (passage.split('\n').length > SHEET_LIMITS.excerptLines) {
      errors.passage = `Keep the passage to ${SHEET_LIMITS.excerptLines} lines or fewer.`;
    }
  }
  return errors;
}

/** The sheet for these choices, or the sentence saying why there is none. */
export function sheetFor(
  choices: SheetChoices,
  names: PartnerNames,
  date: string,
): { ok: true; sheet: Sheet } | { ok: false; message: string } {
  try {
    const sheet = buildSheet({
      exerciseIds: choices.exerciseIds,
      names,
      date,
      options: {
        paper: choices.paper,
        includeReflection: choices.includeReflection,
        includeNotes: choices.includeNotes,
        firstSpeaker: choices.firstSpeaker,
        excerpt: choices.addPassage ? choices.passage : undefined,
      },
    });
    return { ok: true, sheet };
  } catch (error) {
    if (error instanceof SheetRequestError) return { ok: false, message: error.message };
    return { ok: false, message: 'Hearth could not lay out this sheet. Please try different choices.' };
  }
}

/** The sheet of cards for these questions (a deck's, or the favourites), or why there is none. */
export function cardSheetFor(
  questionIds: readonly string[],
  choices: SheetChoices,
  names: PartnerNames,
  date: string,
): { ok: true; sheet: Sheet } | { ok: false; message: string } {
  try {
    return { ok: true, sheet: buildCardSheet({ questionIds, paper: choices.paper, names, date }) };
  } catch (error) {
    if (error instanceof SheetRequestError) return { ok: false, message: error.message };
    return { ok: false, message: 'Hearth could not lay out these cards. Please try different choices.' };
  }
}
