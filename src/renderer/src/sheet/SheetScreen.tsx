import { useState } from 'react';
import { localDay, type Sheet } from '../../../shared/sheet';
import type { PartnerNames } from '../app/partner-names';
import { ErrorMessage, ScreenHeading } from '../ui';
import { questionsInDeck, type DeckId } from '../../../shared/deck';
import { call } from '../api';
import { cardSheetFor, initialChoices, sheetFor, type SheetChoices } from './choices';
import { SheetComposer } from './SheetComposer';
import { SheetPreview } from './SheetPreview';
import './sheet.css';

/** Compose a conversation sheet, then see it page by page and print it or save it as PDF. */
export function SheetScreen({ names }: { names: PartnerNames }) {
  // Kept while previewing, so "Back to choices" finds everything as it was left.
  const [choices, setChoices] = useState<SheetChoices>(() => initialChoices(navigator.language));
  const [sheet, setSheet] = useState<Sheet | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const preview = async () => {
    const today = localDay(new Date());
    let made: ReturnType<typeof sheetFor>;
    if (choices.kind === 'cards') {
      let ids: string[];
      if (choices.cardSource === 'favourites') {
        const favourites = await call('deck.favourites');
        if (!favourites.ok) return setProblem(favourites.error.message);
        ids = favourites.value.map((card) => card.questionId);
        if (ids.length === 0) return setProblem('No favourites yet. Keep a few on the Questions screen, or choose a deck.');
      } else {
        ids = questionsInDeck(choices.cardSource as DeckId).map((question) => question.id);
      }
      made = cardSheetFor(ids, choices, names, today);
    } else {
      made = sheetFor(choices, names, today);
    }
    setProblem(made.ok ? null : made.message);
    setSheet(made.ok ? made.sheet : null);
  };

  if (sheet) {
    return (
      <div className="sheet-screen">
        <ScreenHeading key="preview">Your conversation sheet</ScreenHeading>
        <SheetPreview sheet={sheet} onBack={() => setSheet(null)} />
      </div>
    );
  }
  return (
    <div className="sheet-screen">
      <ScreenHeading key="compose">Conversation sheet</ScreenHeading>
      <ErrorMessage>{problem}</ErrorMessage>
      <SheetComposer names={names} choices={choices} onChange={setChoices} onPreview={() => void preview()} />
    </div>
  );
}
