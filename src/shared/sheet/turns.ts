import type { Exercise, Step } from '../exercises/schema';
import type { PartnerSlot } from '../model';
import type { SheetTurn } from './schema';

export interface SheetNames {
  a: string;
  b: string;
}

const other = (slot: PartnerSlot): PartnerSlot => (slot === 'a' ? 'b' : 'a');

/** "3 minutes", "1½ minutes", "45 seconds": how long a turn lasts, as a timer on paper would say. */
export function durationLabel(seconds: number): string {
  if (seconds % 60 === 0) {
    const minutes = seconds / 60;
    return minutes === 1 ? '1 minute' : `${minutes} minutes`;
  }
  if (seconds > 60 && seconds % 30 === 0) return `${Math.floor(seconds / 60)}½ minutes`;
  return `${seconds} seconds`;
}

/** Lines to write on after a partner's own prompts, when the couple asked for room for notes. */
const PARTNER_TURN_LINES = 2;

/**
 * An exercise's steps in the order a couple takes them on paper: speaker and listener
 * become names (swapping where the exercise says), and a step both partners take is split
 * into one turn each, the first speaker first.
 */
export function arrangeTurns(
  exercise: Exercise,
  names: SheetNames,
  firstSpeaker: PartnerSlot,
  includeNotes: boolean,
): SheetTurn[] {
  let speaker = firstSpeaker;
  const turns: SheetTurn[] = [];

  const turn = (step: Step, fields: Pick<SheetTurn, 'role' | 'who' | 'label'> & Partial<SheetTurn>): SheetTurn => ({
    key: `${exercise.id}:${step.id}`,
    title: step.title,
    instruction: step.instruction,
    timer: step.timer ? durationLabel(step.timer.seconds) : null,
    prompts: [...step.prompts],
    lines: 0,
    then: null,
    ...fields,
  });
  const ownLines = (step: Step) => (includeNotes && step.prompts.length > 0 ? PARTNER_TURN_LINES : 0);

  for (const step of exercise.steps) {
    const listener = other(speaker);
    switch (step.actor) {
      case 'together':
        turns.push(turn(step, { role: 'together', who: 'Together', label: 'Together' }));
        break;
      case 'speaker':
        turns.push(turn(step, { role: 'speaker', who: names[speaker], label: `${names[speaker]} speaks, ${names[listener]} listens` }));
        break;
      case 'listener':
        turns.push(turn(step, { role: 'listener', who: names[listener], label: `${names[listener]} listens and answers` }));
        break;
      case 'partnerA':
      case 'partnerB': {
        const slot: PartnerSlot = step.actor === 'partnerA' ? 'a' : 'b';
        turns.push(turn(step, { role: 'partner', who: names[slot], label: names[slot], lines: ownLines(step) }));
        break;
      }
      case 'each':
        for (const [index, slot] of [speaker, other(speaker)].entries()) {
          turns.push(
            turn(step, {
              key: `${exercise.id}:${step.id}:${slot}`,
              role: 'partner',
              who: names[slot],
              label: `${names[slot]}’s turn`,
              // Explained once, in the first partner's turn; the second has the same prompts.
              instruction: index === 0 ? step.instruction : null,
              lines: ownLines(step),
            }),
          );
        }
        break;
    }
    if (step.swapRoles) {
      speaker = other(speaker);
      const last = turns[turns.length - 1]!;
      last.then = `Now swap roles: ${names[speaker]} speaks and ${names[other(speaker)]} listens.`;
    }
  }
  return turns;
}
