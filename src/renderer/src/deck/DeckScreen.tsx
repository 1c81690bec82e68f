import { useEffect, useRef, useState } from 'react';
import { DECKS, questionById } from '../../../shared/deck';
import type { DeckCard } from '../../../shared/ipc/features/deck';
import { call } from '../api';
import { ErrorMessage, ScreenHeading, StatusMessage } from '../ui';
import { QuestionCard } from './QuestionCard';
import { useDeckActions } from './use-deck-actions';
import { Trans } from 'react-i18next';
import { useT } from '../i18n';
import './deck.css';

const ALL = 'all';
const HIDDEN = { hidden: <span className="visually-hidden" /> };

/**
 * The conversation deck: choose a deck (or all), draw a question, and talk. Drawing never
 * repeats a question until its deck has been through; favourites stay below.
 */
export function DeckScreen({ onWriteAbout }: { onWriteAbout: (questionId: string) => void }) {
  const { t } = useT('deck');
  const [deckId, setDeckId] = useState<string>(ALL);
  const [card, setCard] = useState<DeckCard | null>(null);
  const [favourites, setFavourites] = useState<DeckCard[]>([]);
  const [round, setRound] = useState(0);
  const actions = useDeckActions<DeckCard>((changed) => {
    setCard((shown) => (shown?.questionId === changed.questionId ? changed : shown));
    setRound((n) => n + 1);
  });
  const cardRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let current = true;
    void call('deck.favourites').then((result) => {
      if (current && result.ok) setFavourites(result.value);
    });
    return () => {
      current = false;
    };
  }, [round]);

  const draw = (skipping: boolean) =>
    actions.run(async () => {
      const result = await call('deck.draw', deckId === ALL ? {} : { deckId });
      if (!result.ok) return actions.setProblem(result.error.message);
      setCard(result.value);
      actions.setNews(skipping ? t('anotherOne') : null);
      // The new words are where the eyes (and the reading cursor) should go next.
      requestAnimationFrame(() => cardRef.current?.focus());
    });

  const chosen = DECKS.find((deck) => deck.id === deckId);

  return (
    <div className="deck">
      <ScreenHeading>{t('heading')}</ScreenHeading>
      <p className="quiet">{t('lede')}</p>

      <section className="card deck-draw" aria-labelledby="deck-draw-title">
        <h2 id="deck-draw-title" className="visually-hidden">
          {t('draw')}
        </h2>
        <div className="deck-choose">
          <label htmlFor="deck-choice" className="field-label">
            {t('whichDeck')}
          </label>
          <select id="deck-choice" className="deck-select" value={deckId} onChange={(event) => setDeckId(event.target.value)}>
            <option value={ALL}>{t('allDecks')}</option>
            {DECKS.map((deck) => (
              <option key={deck.id} value={deck.id}>
                {deck.title}
              </option>
            ))}
          </select>
          <p className="field-hint deck-intro">{chosen ? chosen.intro : t('allDecksIntro')}</p>
        </div>
        {card ? null : (
          <button type="button" className="button button-primary" onClick={() => void draw(false)}>
            {t('draw')}
          </button>
        )}
        <div ref={cardRef} tabIndex={-1} className="deck-card-place">
          {card ? (
            <QuestionCard
              card={card}
              busy={actions.busy}
              onSkip={() => void draw(true)}
              onFavourite={(keep) => void actions.favourite(card, keep)}
              onTalked={() => void actions.talked(card)}
              onWriteAbout={() => onWriteAbout(card.questionId)}
            />
          ) : null}
        </div>
        {card ? (
          <button type="button" className="button deck-next" onClick={() => void draw(false)}>
            {t('drawAnother')}
          </button>
        ) : null}
        <ErrorMessage>{actions.problem}</ErrorMessage>
        <StatusMessage>{actions.news}</StatusMessage>
      </section>

      <section className="deck-favourites" aria-labelledby="deck-favourites-title">
        <h2 id="deck-favourites-title">{t('favorites')}</h2>
        {favourites.length === 0 ? (
          <p className="quiet">{t('noFavorites')}</p>
        ) : (
          <ul className="deck-favourite-list">
            {favourites.map((favourite) => {
              const question = questionById(favourite.questionId);
              if (!question) return null;
              return (
                <li key={favourite.questionId} className="deck-favourite">
                  <p className="deck-favourite-text">{question.text}</p>
                  <div className="button-row">
                    <button type="button" className="button-small" onClick={() => onWriteAbout(favourite.questionId)}>
                      <Trans t={t} i18nKey="writeAboutThis" values={{ question: question.text }} components={HIDDEN} />
                    </button>
                    <button type="button" className="button-small" onClick={() => void actions.favourite(favourite, false)}>
                      <Trans t={t} i18nKey="removeFavorite" values={{ question: question.text }} components={HIDDEN} />
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
