// The question of the day, and draws for the Deck screen: pure functions of the local day,
// the journal's id and a position. Nothing here reads a clock, a random source or state,
// so both partners, and two computers holding the same journal, get the same question on
// the same day without telling each other anything.
//
// How a day becomes a question:
//   1. The day ('YYYY-MM-DD') becomes a whole number d of days since 1970-01-01.
//   2. The journal's own order of the eleven decks (a seeded shuffle) is walked round-robin:
//      day d belongs to deck order[d mod 11], so two days in a row never share a deck and so
//      never share a question, and each deck comes round once every eleven days.
//   3. That deck's k-th turn (k = floor(d / 11)) shows question k mod n of the journal's own
//      seeded order of that deck. The order stays the same from round to round, so any n
//      turns in a row show n different questions: nothing in a deck repeats before the
//      whole deck has been seen, from whichever day a couple starts.
// Adding questions to a deck later reshuffles that deck's order from then on.
//
// The seeded shuffle is Fisher–Yates driven by mulberry32 (a tiny, well-known 32-bit PRNG)
// whose seed is the FNV-1a hash of a text key. Both are integer-only (Math.imul, >>>), so
// every JavaScript engine on every machine produces the same order.
import { ALL_QUESTIONS, questionsInDeck } from './catalogue';
import { DECK_IDS } from './schema';
import type { DeckId, DeckQuestion } from './types';
import { mulberry32 } from '../seeded';

/** FNV-1a, 32-bit: a short, well-known string hash, used only to seed the PRNG. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A deterministic Fisher–Yates shuffle of `items`, keyed by text. */
function seededShuffle<T>(items: readonly T[], key: string): T[] {
  const random = mulberry32(fnv1a(key));
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

/** A remainder that stays in [0, n) for negative numbers too (days before 1970). */
const modulo = (value: number, n: number): number => ((value % n) + n) % n;

const MS_PER_DAY = 86_400_000;

/** Whole days from 1970-01-01 to a local calendar day written 'YYYY-MM-DD'. */
export function dayNumber(day: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const [year, month, date] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [NaN, NaN, NaN];
  const time = Date.UTC(year, month - 1, date);
  // Date.UTC rolls 2026-02-30 over into March; a day that does not round-trip is not a day.
  if (!match || Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== day) {
    throw new RangeError(`Not a calendar day: "${day}". Use the local date as YYYY-MM-DD.`);
  }
  return Math.round(time / MS_PER_DAY);
}

/** The local calendar day of a moment, as 'YYYY-MM-DD' (the caller passes its clock's now). */
export function localDay(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function deckOrder(seed: string): readonly DeckId[] {
  return seededShuffle(DECK_IDS, `${seed}|deck-order`);
}

function dailyOrder(seed: string, deckId: DeckId): readonly DeckQuestion[] {
  return seededShuffle(questionsInDeck(deckId), `${seed}|daily|${deckId}`);
}

/** The deck whose turn it is on a day, for a journal. */
export function deckForDay(day: string, seed: string): DeckId {
  const order = deckOrder(seed);
  return order[modulo(dayNumber(day), order.length)] as DeckId;
}

/**
 * The question of the day for a journal (`seed` is the journal's own id).
 *
 * `skipCount` is how many times the couple has pressed "Skip" today: 0 is the day's own
 * question; 1, 2, … are that day's alternates, each from the next deck in the journal's deck
 * order (so a skipped topic gives way to another), all different from each other and from
 * the day's question until every question has been offered. Both partners pressing Skip the
 * same number of times see the same alternate. Alternates do not move the daily sequence on:
 * an alternate may still come round later as a day's own question.
 */
export function questionForDay(day: string, seed: string, skipCount = 0): DeckQuestion {
  if (!Number.isInteger(skipCount) || skipCount < 0) {
    throw new RangeError(`skipCount must be a whole number from 0, not ${skipCount}.`);
  }
  const d = dayNumber(day);
  const decks = deckOrder(seed);
  const turn = Math.floor(d / decks.length);
  const todaysDeck = decks[modulo(d, decks.length)] as DeckId;
  const todaysOrder = dailyOrder(seed, todaysDeck);
  const offered: DeckQuestion[] = [todaysOrder[modulo(turn, todaysOrder.length)] as DeckQuestion];

  const usedPerDeck = new Map<DeckId, number>();
  for (let skip = 1; skip <= skipCount; skip++) {
    const deckId = decks[modulo(d + skip, decks.length)] as DeckId;
    const order = seededShuffle(questionsInDeck(deckId), `${seed}|skip|${day}|${deckId}`);
    // Walk on through this deck's alternates past anything already offered today.
    let position = usedPerDeck.get(deckId) ?? 0;
    let candidate = order[position % order.length] as DeckQuestion;
    const everythingOffered = offered.length >= ALL_QUESTIONS.length;
    for (let tries = 0; !everythingOffered && tries < order.length && offered.includes(candidate); tries++) {
      position += 1;
      candidate = order[position % order.length] as DeckQuestion;
    }
    usedPerDeck.set(deckId, position + 1);
    offered.push(candidate);
  }
  return offered[offered.length - 1] as DeckQuestion;
}

/**
 * The journal's own order of draws from one deck, or from all of them ('all'). The Deck
 * screen walks it with a position it keeps: any n draws in a row (n = the deck's size) are n
 * different questions, then the same order begins again.
 */
export function drawOrder(deck: DeckId | 'all', seed: string): readonly DeckQuestion[] {
  const questions = deck === 'all' ? ALL_QUESTIONS : questionsInDeck(deck);
  return seededShuffle(questions, `${seed}|draw|${deck}`);
}

/** The question at `position` (0, 1, 2, …) of a journal's draw order for a deck or for all decks. */
export function drawFromDeck(deck: DeckId | 'all', seed: string, position: number): DeckQuestion {
  if (!Number.isInteger(position) || position < 0) {
    throw new RangeError(`position must be a whole number from 0, not ${position}.`);
  }
  const order = drawOrder(deck, seed);
  return order[position % order.length] as DeckQuestion;
}
