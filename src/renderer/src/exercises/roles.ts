import type { Exercise, Step } from '../../../shared/exercises';
import type { PartnerSlot } from '../../../shared/model';
import type { PartnerNames } from '../app/partner-names';

export interface Roles {
  speaker: PartnerSlot;
  listener: PartnerSlot;
}

export const otherPartner = (slot: PartnerSlot): PartnerSlot => (slot === 'a' ? 'b' : 'a');

/** Who holds the floor at a step: the first speaker, swapped after every `swapRoles` step. */
export function rolesAt(exercise: Exercise, stepIndex: number, firstSpeaker: PartnerSlot): Roles {
  let speaker = firstSpeaker;
  for (const step of exercise.steps.slice(0, stepIndex)) {
    if (step.swapRoles) speaker = otherPartner(speaker);
  }
  return { speaker, listener: otherPartner(speaker) };
}

/** The partners who act in a step, in the order they take their turns; none when it is done together. */
export function actorsOf(step: Step, roles: Roles): PartnerSlot[] {
  switch (step.actor) {
    case 'together':
      return [];
    case 'each':
      return [roles.speaker, roles.listener];
    case 'speaker':
      return [roles.speaker];
    case 'listener':
      return [roles.listener];
    case 'partnerA':
      return ['a'];
    case 'partnerB':
      return ['b'];
  }
}

/** Who does what in a step, with the couple's names where the exercise says speaker or listener. */
export function whoActs(step: Step, roles: Roles, names: PartnerNames): string {
  const speaker = names[roles.speaker];
  const listener = names[roles.listener];
  switch (step.actor) {
    case 'together':
      return `Together, ${names.a} and ${names.b}`;
    case 'each':
      return `${speaker} first, then ${listener}`;
    case 'speaker':
      return `${speaker} speaks, ${listener} listens`;
    case 'listener':
      return `${listener} responds, ${speaker} listens`;
    case 'partnerA':
      return `${names.a}’s turn`;
    case 'partnerB':
      return `${names.b}’s turn`;
  }
}

/** Whether choosing a first speaker changes anything in this exercise. */
export const hasTurns = (exercise: Exercise): boolean =>
  exercise.steps.some((step) => step.actor === 'speaker' || step.actor === 'listener' || step.actor === 'each');

/** "Who speaks first?" for speaker–listener exercises, "Who goes first?" when each simply takes a turn. */
export const firstTurnQuestion = (exercise: Exercise): string =>
  exercise.steps.some((step) => step.actor === 'speaker' || step.actor === 'listener')
    ? 'Who speaks first?'
    : 'Who goes first?';
