import { useEffect, useRef, useState } from 'react';
import { DECKS, questionById } from '../../../shared/deck';
import type { DeckCard } from '../../../shared/ipc/features/deck';
import { call } from '../api';
import { ErrorMessage, ScreenHeading, StatusMessage } from '../ui';
import { QuestionCard } from './QuestionCard';
import { useDeckActions } from './use-deck-actions';
import './deck.css';

const ALL = 'all';

/**
 * The conversation deck: choose a deck (or all), draw a question, and talk. Drawing never
 * repeats a question until its deck has been through; favourites stay below.
 */
export function DeckScreen({ onWriteAbout }: { onWriteAbout: (questionId: string) => void }) {
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
      actions.setNews(skipping ? 'Here is another one.' : null);
      // The new words are where the eyes (and the reading cursor) should go next.
      requestAnimationFrame(() => cardRef.current?.focus());
    });

  const chosen = DECKS.find((deck) => deck.id === deckId);

  return (
    <div className="deck">
      <ScreenHeading>Conversation deck</ScreenHeading>
      <p className="quiet">One question, two people, a few minutes. Take turns answering; there are no right answers.</p>

      <section className="card deck-draw" aria-labelledby="deck-draw-title">
        <h2 id="deck-draw-title" className="visually-hidden">
          Draw a question
        </h2>
        <div className="deck-choose">
          <label htmlFor="deck-choice" className="field-label">
            Which deck?
          </label>
          <select id="deck-choice" className="deck-select" value={deckId} onChange={(event) => setDeckId(event.target.value)}>
            <option value={ALL}>All decks</option>
            {DECKS.map((deck) => (
              <option key={deck.id} value={deck.id}>
                {deck.title}
              </option>
            ))}
          </select>
          <p className="field-hint deck-intro">{chosen ? chosen.intro : 'A little of everything, light and deeper.'}</p>
        </div>
        {card ? null : (
          <button type="button" className="button button-primary" onClick={() => void draw(false)}>
            Draw a question
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
            Draw another
          </button>
        ) : null}
        <ErrorMessage>{actions.problem}</ErrorMessage>
        <StatusMessage>{actions.news}</StatusMessage>
      </section>

      <section className="deck-favourites" aria-labelledby="deck-favourites-title">
        <h2 id="deck-favourites-title">Your favourites</h2>
        {favourites.length === 0 ? (
          <p className="quiet">Questions you keep as favourites gather here, to come back to or to print as cards.</p>
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
                      Write about it<span className="visually-hidden">: {question.text}</span>
                    </button>
                    <button type="button" className="button-small" onClick={() => void actions.favourite(favourite, false)}>
                      Remove from favourites<span className="visually-hidden">: {question.text}</span>
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
