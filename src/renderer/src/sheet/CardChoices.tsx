import { DECKS } from '../../../shared/deck';
import { CARDS_PER_PAGE } from '../../../shared/sheet';
import type { SheetChoices } from './choices';

/** Which questions become cards: the couple's favourites, or a whole deck. */
export function CardChoices({ choices, onChange }: { choices: SheetChoices; onChange: (change: Partial<SheetChoices>) => void }) {
  return (
    <div className="card sheet-section">
      <div className="field">
        <label htmlFor="sheet-card-source" className="field-label sheet-section-legend">
          Cards from
        </label>
        <p id="sheet-card-source-hint" className="field-hint">
          {CARDS_PER_PAGE} cards to a page, with dashed lines to cut along. Keep them in a jar, a pocket, or by the kettle.
        </p>
        <select
          id="sheet-card-source"
          className="deck-select"
          value={choices.cardSource}
          onChange={(event) => onChange({ cardSource: event.target.value })}
          aria-describedby="sheet-card-source-hint"
        >
          <option value="favourites">Your favourites</option>
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
