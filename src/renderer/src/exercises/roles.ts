import type { Exercise, Step } from '../../../shared/exercises';
import type { PartnerSlot } from '../../../shared/model';
import type { PartnerNames } from '../ui/partner-names';
import { t } from '../i18n';

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
      return t('exercises:roles.together', { a: names.a, b: names.b });
    case 'each':
      return t('exercises:roles.each', { speaker, listener });
    case 'speaker':
      return t('exercises:roles.speaker', { speaker, listener });
    case 'listener':
      return t('exercises:roles.listener', { speaker, listener });
    case 'partnerA':
      return t('exercises:roles.turn', { name: names.a });
    case 'partnerB':
      return t('exercises:roles.turn', { name: names.b });
  }
}

/** Whether choosing a first speaker changes anything in this exercise. */
export const hasTurns = (exercise: Exercise): boolean =>
  exercise.steps.some((step) => step.actor === 'speaker' || step.actor === 'listener' || step.actor === 'each');

/** "Who speaks first?" for speaker–listener exercises, "Who goes first?" when each simply takes a turn. */
export const firstTurnQuestion = (exercise: Exercise): string =>
  exercise.steps.some((step) => step.actor === 'speaker' || step.actor === 'listener')
    ? t('exercises:roles.whoSpeaksFirst')
    : t('exercises:roles.whoGoesFirst');
