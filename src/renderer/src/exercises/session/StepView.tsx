import { useEffect, useRef } from 'react';
import type { Exercise } from '../../../../shared/exercises';
import type { PartnerSlot } from '../../../../shared/model';
import type { PartnerNames } from '../../ui/partner-names';
import { actorsOf, rolesAt, whoActs } from '../roles';
import { keepEllipsis, mentionsHelpPage } from '../words';
import { TurnTimer } from './TurnTimer';
import { useT } from '../../i18n';

interface StepViewProps {
  exercise: Exercise;
  stepIndex: number;
  firstSpeaker: PartnerSlot;
  names: PartnerNames;
  onHelp: () => void;
}

/** One step of a session. Mounted afresh for each step, so its heading takes focus and its timer starts fresh. */
export function StepView({ exercise, stepIndex, firstSpeaker, names, onHelp }: StepViewProps) {
  const { t } = useT('exercises');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);

  const step = exercise.steps[stepIndex]!;
  const roles = rolesAt(exercise, stepIndex, firstSpeaker);
  const actors = actorsOf(step, roles);
  const justSwapped = stepIndex > 0 && exercise.steps[stepIndex - 1]!.swapRoles === true;

  // "Swap when you're ready" only when someone else acts next; otherwise simply go on.
  const next = exercise.steps[stepIndex + 1];
  const nextActors = next ? actorsOf(next, rolesAt(exercise, stepIndex + 1, firstSpeaker)) : [];
  const swapsAfter = nextActors.length === 1 && actors.length > 0 && nextActors[0] !== actors[actors.length - 1];

  return (
    <section className="card session-step" aria-labelledby="step-heading">
      <h2 id="step-heading" ref={heading} tabIndex={-1} className="step-heading">
        <span className="step-count">{t('stepOf', { step: stepIndex + 1, steps: exercise.steps.length })}</span>
        <span className="visually-hidden">: </span>
        {step.title}
      </h2>
      <div className={step.timer ? 'step-body step-body-timed' : 'step-body'}>
        <div className="step-text">
          {justSwapped ? <p className="step-swapped">{t('session.swapped')}</p> : null}
          <p className="step-who">{whoActs(step, roles, names)}</p>
          <p className="step-instruction">{step.instruction}</p>
          {step.prompts.length > 0 ? (
            <>
              <h3 id="step-prompts" className="step-prompts-title">
                {t('session.waysToBegin')}
              </h3>
              <ul className="prompts" aria-labelledby="step-prompts">
                {step.prompts.map((prompt) => (
                  <li key={prompt}>{keepEllipsis(prompt)}</li>
                ))}
              </ul>
            </>
          ) : null}
          {mentionsHelpPage(step.instruction) ? (
            <p>
              <button type="button" className="button button-quiet" onClick={onHelp}>
                {t('session.openHelp')}
              </button>
            </p>
          ) : null}
        </div>
        {step.timer ? (
          <TurnTimer seconds={step.timer.seconds} turns={actors} names={names} swapsAfter={swapsAfter} />
        ) : null}
      </div>
    </section>
  );
}
