import { deckById, questionById } from '../../../shared/deck';
import type { DeckCard } from '../../../shared/ipc/features/deck';

const DEPTH_WORD = { light: 'Light', deeper: 'Deeper' } as const;

export interface QuestionActions {
  /** Puts this one aside and brings another. */
  onSkip?: () => void;
  onFavourite: (favourite: boolean) => void;
  onTalked: () => void;
  onWriteAbout: () => void;
  busy?: boolean;
}

/**
 * One question as a card, with what a couple can do with it. Skip comes first and is
 * quiet: passing on a question is always fine.
 */
export function QuestionCard({ card, talkedToday, ...actions }: { card: DeckCard; talkedToday?: boolean } & QuestionActions) {
  const question = questionById(card.questionId);
  if (!question) return null;
  const deck = deckById(question.deckId);
  return (
    <div className="deck-card" data-question-id={question.id}>
      <p className="deck-card-meta">
        {deck?.title ?? 'A question'} · {DEPTH_WORD[question.depth]}
      </p>
      <p className="deck-card-text">{question.text}</p>
      {card.talkedAt !== null ? (
        <p className="quiet deck-card-talked">
          {talkedToday ? 'You talked about this one today.' : `You talked about this one on ${new Date(card.talkedAt).toLocaleDateString()}.`}
        </p>
      ) : null}
      <div className="button-row deck-card-actions">
        <button type="button" className="button" onClick={actions.onTalked} aria-disabled={actions.busy || undefined}>
          We talked about it
        </button>
        <button type="button" className="button" onClick={actions.onWriteAbout}>
          Write about it
        </button>
        <button
          type="button"
          className="button button-quiet"
          aria-pressed={card.favourite}
          onClick={() => actions.onFavourite(!card.favourite)}
          aria-disabled={actions.busy || undefined}
        >
          <span aria-hidden="true">{card.favourite ? '★ ' : '☆ '}</span>
          Keep as a favourite
        </button>
        {actions.onSkip ? (
          <button type="button" className="button button-quiet" onClick={actions.onSkip} aria-disabled={actions.busy || undefined}>
            Skip
          </button>
        ) : null}
      </div>
    </div>
  );
}
