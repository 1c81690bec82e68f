import { useEffect, useRef, type FormEvent } from 'react';
import type { Exercise } from '../../../../shared/exercises';
import type { PartnerSlot } from '../../../../shared/model';
import type { PartnerNames } from '../../ui/partner-names';
import { MOODS } from '../../ui/moods';
import { ErrorMessage, StatusMessage } from '../../ui';
import { Trans } from 'react-i18next';
import { useT } from '../../i18n';

export interface ReflectionDraft {
  body: string;
  feeling: number | null;
}

export type ReflectionDrafts = Record<PartnerSlot, ReflectionDraft>;

const OPTIONAL = { optional: <span className="field-optional" /> };

export const EMPTY_REFLECTIONS: ReflectionDrafts = { a: { body: '', feeling: null }, b: { body: '', feeling: null } };

interface ReflectionFormProps {
  exercise: Exercise;
  names: PartnerNames;
  drafts: ReflectionDrafts;
  onDrafts: (drafts: ReflectionDrafts) => void;
  finishing: boolean;
  problem: string | null;
  onBack: () => void;
  onFinish: () => void;
}

/** The close of a session: each partner may write a few lines and say how it felt; both optional. */
export function ReflectionForm({ exercise, names, drafts, onDrafts, finishing, problem, onBack, onFinish }: ReflectionFormProps) {
  const { t } = useT('exercises');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);

  const edit = (slot: PartnerSlot, change: Partial<ReflectionDraft>) =>
    onDrafts({ ...drafts, [slot]: { ...drafts[slot], ...change } });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onFinish();
  };

  return (
    <form className="card reflection" noValidate onSubmit={submit} aria-labelledby="reflection-title">
      <h2 id="reflection-title" ref={heading} tabIndex={-1} className="step-heading">
        {t('reflect.heading')}
      </h2>
      <p>{t('reflect.intro')}</p>
      <h3 className="step-prompts-title">{t('reflect.questions')}</h3>
      <ul id="reflection-questions" className="prompts">
        {exercise.reflection.map((question) => (
          <li key={question}>{question}</li>
        ))}
      </ul>
      <div className="reflection-partners">
        {(['a', 'b'] as const).map((slot) => (
          <div key={slot} className="reflection-partner">
            <div className="field">
              <label htmlFor={`reflection-${slot}`} className="field-label">
                <Trans t={t} i18nKey="reflect.label" values={{ name: names[slot] }} components={OPTIONAL} />
              </label>
              <textarea
                id={`reflection-${slot}`}
                className="text-area"
                rows={5}
                value={drafts[slot].body}
                onChange={(event) => edit(slot, { body: event.target.value })}
                aria-describedby="reflection-questions"
              />
            </div>
            <fieldset className="fieldset">
              <legend className="fieldset-legend">
                <Trans t={t} i18nKey="reflect.feeling" values={{ name: names[slot] }} components={OPTIONAL} />
              </legend>
              <div className="choices">
                {[{ value: null, word: t('reflect.notSaying') }, ...MOODS].map(({ value, word }) => (
                  <label key={word} className="choice">
                    <input
                      type="radio"
                      name={`feeling-${slot}`}
                      checked={drafts[slot].feeling === value}
                      onChange={() => edit(slot, { feeling: value })}
                    />
                    {word}
                  </label>
                ))}
              </div>
            </fieldset>
          </div>
        ))}
      </div>
      <ErrorMessage>{problem}</ErrorMessage>
      <StatusMessage>{finishing ? t('reflect.saving') : null}</StatusMessage>
      <div className="session-nav">
        <button type="button" className="button button-quiet" onClick={onBack}>
          {t('back', { ns: 'common' })}
        </button>
        <button type="submit" className="button button-primary" aria-disabled={finishing || undefined}>
          {t('reflect.finish')}
        </button>
      </div>
    </form>
  );
}
