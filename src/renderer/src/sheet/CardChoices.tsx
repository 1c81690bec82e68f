import { DECKS } from '../../../shared/deck';
import { CARDS_PER_PAGE } from '../../../shared/sheet';
import { useT } from '../i18n';
import type { SheetChoices } from './choices';

/** Which questions become cards: the couple's favourites, or a whole deck. */
export function CardChoices({ choices, onChange }: { choices: SheetChoices; onChange: (change: Partial<SheetChoices>) => void }) {
  const { t } = useT('sheet');
  return (
    <div className="card sheet-section">
      <div className="field">
        <label htmlFor="sheet-card-source" className="field-label sheet-section-legend">
          {t('cardsFrom')}
        </label>
        <p id="sheet-card-source-hint" className="field-hint">
          {t('cardsHint', { perPage: CARDS_PER_PAGE })}
        </p>
        <select
          id="sheet-card-source"
          className="deck-select"
          value={choices.cardSource}
          onChange={(event) => onChange({ cardSource: event.target.value })}
          aria-describedby="sheet-card-source-hint"
        >
          <option value="favourites">{t('yourFavorites')}</option>
          {DECKS.map((deck) => (
            <option key={deck.id} value={deck.id}>
              {deck.title}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
