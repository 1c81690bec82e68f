import type { Exercise } from '../../../shared/exercises';
import type { PartnerSlot } from '../../../shared/model';
import type { PartnerNames } from '../ui/partner-names';
import { rolesAt, whoActs } from './roles';
import { durationWords, keepEllipsis } from './words';
import { useT } from '../i18n';

/** All the steps of an exercise, read before starting: who acts, what to do, prompts, time. */
export function StepOutline({
  exercise,
  firstSpeaker,
  names,
}: {
  exercise: Exercise;
  firstSpeaker: PartnerSlot;
  names: PartnerNames;
}) {
  const { t } = useT('exercises');
  return (
    <ol className="step-outline">
      {exercise.steps.map((step, index) => (
        <li key={step.id} className="step-outline-item">
          <h3 className="step-outline-title">{step.title}</h3>
          <p className="step-who">{whoActs(step, rolesAt(exercise, index, firstSpeaker), names)}</p>
          <p>{step.instruction}</p>
          {step.prompts.length > 0 ? (
            <ul className="prompts" aria-label={t('outline.prompts')}>
              {step.prompts.map((prompt) => (
                <li key={prompt}>{keepEllipsis(prompt)}</li>
              ))}
            </ul>
          ) : null}
          {step.timer ? (
            <p className="step-timer-note">
              {t(step.timer.perPartner ? 'outline.timerEach' : 'outline.timer', { length: durationWords(step.timer.seconds) })}
            </p>
          ) : null}
          {step.swapRoles ? <p className="step-timer-note">{t('outline.thenSwap')}</p> : null}
        </li>
      ))}
    </ol>
  );
}
