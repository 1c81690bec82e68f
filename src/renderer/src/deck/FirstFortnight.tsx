import { useEffect, useState } from 'react';
import { CATALOGUE } from '../../../shared/exercises';
import type { FortnightState } from '../../../shared/ipc/features/deck';
import { call } from '../api';
import { pageNow } from './page-now';
import { ErrorMessage } from '../ui';
import { dayOfFortnight, FORTNIGHT_DAYS, fortnightPlan, type FortnightStep } from './fortnight-plan';
import { Trans } from 'react-i18next';
import { t as translate, useT } from '../i18n';

const PLAN = fortnightPlan(CATALOGUE);
const QUIET = { quiet: <span className="quiet" /> };

const localToday = () => {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

function stepWords(step: FortnightStep): string {
  switch (step.kind) {
    case 'question':
      return translate('deck:dayQuestion');
    case 'quick':
      return translate('deck:dayQuick', { title: step.title, count: step.minutes });
    case 'longer':
      return translate('deck:dayLonger', { title: step.title, count: step.minutes });
  }
}

/**
 * A suggested first two weeks, shown on Home until the couple has done it or put it away.
 * Nothing is owed: a day can be done later, out of order, or not at all.
 */
export function FirstFortnight({ onOpenExercise }: { onOpenExercise: (exerciseId: string) => void }) {
  const { t } = useT('deck');
  const [state, setState] = useState<FortnightState | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    void call('fortnight.get', { at: pageNow() }).then((result) => {
      if (current && result.ok) setState(result.value);
    });
    return () => {
      current = false;
    };
  }, []);

  const update = async (change: { done?: number; undone?: number; dismissed?: boolean }) => {
    const result = await call('fortnight.update', { ...change, at: pageNow() });
    if (!result.ok) return setProblem(result.error.message);
    setState(result.value);
  };

  if (!state || state.dismissed || state.done.length >= FORTNIGHT_DAYS) return null;
  const today = dayOfFortnight(state.startedOn ?? localToday(), localToday());
  const step = PLAN[today - 1];
  if (!step) return null;
  const doneToday = state.done.includes(today);

  return (
    <section className="card home-card fortnight" aria-labelledby="home-fortnight">
      <h2 id="home-fortnight">{t('fortnight')}</h2>
      <p className="quiet">{t('fortnightLede', { day: today, days: FORTNIGHT_DAYS })}</p>
      <p className="fortnight-today">{stepWords(step)}</p>
      <div className="button-row">
        {step.kind !== 'question' ? (
          <button type="button" className="button" onClick={() => onOpenExercise(step.exerciseId)}>
            {t('open', { title: step.title })}
          </button>
        ) : null}
        <button type="button" className="button" aria-pressed={doneToday} onClick={() => void update(doneToday ? { undone: today } : { done: today })}>
          <span aria-hidden="true">{doneToday ? '✓ ' : ''}</span>
          {t('doneForDay', { day: today })}
        </button>
      </div>
      <details className="fortnight-path">
        <summary>{t('allDays')}</summary>
        <ol className="fortnight-days">
          {PLAN.map((planned) => (
            <li key={planned.day} className={state.done.includes(planned.day) ? 'fortnight-done' : undefined}>
              {state.done.includes(planned.day) ? (
                <Trans t={t} i18nKey="dayDone" values={{ step: stepWords(planned) }} components={QUIET} />
              ) : (
                stepWords(planned)
              )}
            </li>
          ))}
        </ol>
      </details>
      <ErrorMessage>{problem}</ErrorMessage>
      <button type="button" className="button button-quiet fortnight-dismiss" onClick={() => void update({ dismissed: true })}>
        {t('hide')}
      </button>
    </section>
  );
}
