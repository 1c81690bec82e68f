import type { PartnerSlot } from '../../../shared/model';
import {
  buildCardSheet,
  buildSheet,
  normaliseExcerpt,
  SHEET_LIMITS,
  SheetRequestError,
  type Paper,
  type Sheet,
} from '../../../shared/sheet';
import type { PartnerNames } from '../ui/partner-names';
import { locale, t, type PaperSize } from '../i18n';

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

/** The shared sheet's name for each of the i18n module's paper sizes. */
const PAPER_FOR: Record<PaperSize, Paper> = { a4: 'A4', letter: 'Letter' };

/** A fresh set of choices; `paper` is the locale's default (i18n's paperSize). */
export function initialChoices(paper: PaperSize): SheetChoices {
  return {
    exerciseIds: [],
    paper: PAPER_FOR[paper],
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
  if (choices.exerciseIds.length === 0) errors.exercises = t('sheet:chooseOne');
  else if (choices.exerciseIds.length > SHEET_LIMITS.exercises) {
    errors.exercises = t('sheet:tooMany', { max: SHEET_LIMITS.exercises });
  }
  if (choices.addPassage) {
    const passage = normaliseExcerpt(choices.passage);
    if (passage === null) errors.passage = t('sheet:writePassage');
    else if (passage.length > SHEET_LIMITS.excerptChars) {
      errors.passage = t('sheet:passageTooLong', { max: SHEET_LIMITS.excerptChars.toLocaleString(locale) });
    } else if (passage.split('\n').length > SHEET_LIMITS.excerptLines) {
      errors.passage = t('sheet:passageTooManyLines', { max: SHEET_LIMITS.excerptLines });
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
    return { ok: false, message: t('sheet:couldNotLayOutSheet') };
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
    return { ok: false, message: t('sheet:couldNotLayOutCards') };
  }
}
