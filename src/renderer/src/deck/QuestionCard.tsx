import { deckById, questionById } from '../../../shared/deck';
import type { DeckCard } from '../../../shared/ipc/features/deck';
import { locale, useT } from '../i18n';

const DEPTH_WORD = { light: 'depthLight', deeper: 'depthDeeper' } as const;

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
  const { t } = useT('deck');
  const question = questionById(card.questionId);
  if (!question) return null;
  const deck = deckById(question.deckId);
  return (
    <div className="deck-card" data-question-id={question.id}>
      <p className="deck-card-meta">
        {deck?.title ?? t('aQuestion')} · {t(DEPTH_WORD[question.depth])}
      </p>
      <p className="deck-card-text">{question.text}</p>
      {card.talkedAt !== null ? (
        <p className="quiet deck-card-talked">
          {talkedToday ? t('talkedToday') : t('talkedOn', { date: new Date(card.talkedAt).toLocaleDateString(locale) })}
        </p>
      ) : null}
      <div className="button-row deck-card-actions">
        <button type="button" className="button" onClick={actions.onTalked} aria-disabled={actions.busy || undefined}>
          {t('talked')}
        </button>
        <button type="button" className="button" onClick={actions.onWriteAbout}>
          {t('writeAbout')}
        </button>
        <button
          type="button"
          className="button button-quiet"
          aria-pressed={card.favourite}
          onClick={() => actions.onFavourite(!card.favourite)}
          aria-disabled={actions.busy || undefined}
        >
          <span aria-hidden="true">{card.favourite ? '★ ' : '☆ '}</span>
          {t('keepFavorite')}
        </button>
        {actions.onSkip ? (
          <button type="button" className="button button-quiet" onClick={actions.onSkip} aria-disabled={actions.busy || undefined}>
            {t('skip')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
