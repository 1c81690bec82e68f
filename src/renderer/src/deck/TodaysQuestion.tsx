import { useEffect, useState } from 'react';
import type { TodaysQuestion as Today } from '../../../shared/ipc/features/deck';
import { call } from '../api';
import { pageNow } from './page-now';
import { ErrorMessage, StatusMessage } from '../ui';
import { QuestionCard } from './QuestionCard';
import { useDeckActions } from './use-deck-actions';
import { useT } from '../i18n';
import './deck.css';

/**
 * Home's question for today: the same one for both of you all day (main picks it from its
 * own clock and the journal), a new one tomorrow. Skipping brings today's next one.
 */
export function TodaysQuestion({ onWriteAbout, onDeck }: { onWriteAbout: (questionId: string) => void; onDeck?: () => void }) {
  const { t } = useT('deck');
  const [today, setToday] = useState<Today | null>(null);
  const actions = useDeckActions<Today>(setToday);

  useEffect(() => {
    let current = true;
    void call('deck.today', { at: pageNow() }).then((result) => {
      if (!current) return;
      if (result.ok) setToday(result.value);
      else actions.setProblem(result.error.message);
    });
    return () => {
      current = false;
    };
    // Asked once per visit to Home.
  }, []);

  const skip = () =>
    actions.run(async () => {
      const result = await call('deck.skipToday', { at: pageNow() });
      if (!result.ok) return actions.setProblem(result.error.message);
      setToday(result.value);
      actions.setNews(t('anotherToday'));
    });

  return (
    <section className="card home-card deck-today" aria-labelledby="home-question">
      <h2 id="home-question">{t('today')}</h2>
      {today ? (
        <QuestionCard
          card={today}
          talkedToday={today.talkedAt !== null && new Date(today.talkedAt).toDateString() === new Date().toDateString()}
          busy={actions.busy}
          onSkip={() => void skip()}
          onFavourite={(keep) => void actions.favourite(today, keep)}
          onTalked={() => void actions.talked(today)}
          onWriteAbout={() => onWriteAbout(today.questionId)}
        />
      ) : null}
      <ErrorMessage>{actions.problem}</ErrorMessage>
      <StatusMessage>{actions.news}</StatusMessage>
      {onDeck ? (
        <p className="deck-more">
          <button type="button" className="button button-quiet" onClick={onDeck}>
            {t('more')}
          </button>
        </p>
      ) : null}
    </section>
  );
}
