import { useState } from 'react';
import { localDay, type Sheet } from '../../../shared/sheet';
import type { PartnerNames } from '../ui/partner-names';
import { ErrorMessage, ScreenHeading } from '../ui';
import { questionsInDeck, type DeckId } from '../../../shared/deck';
import { call } from '../api';
import { paperSize, useT } from '../i18n';
import { cardSheetFor, initialChoices, sheetFor, type SheetChoices } from './choices';
import { SheetComposer } from './SheetComposer';
import { SheetPreview } from './SheetPreview';
import './sheet.css';

/**
 * The paper the couple picked, kept for the next visit while the app runs: a setting of their
 * printer, not anything they wrote (the rest of the choices start afresh each visit).
 */
let pickedPaper: SheetChoices['paper'] | null = null;

/** Compose a conversation sheet, then see it page by page and print it or save it as PDF. */
export function SheetScreen({ names }: { names: PartnerNames }) {
  const { t } = useT('sheet');
  // Kept while previewing, so "Back to choices" finds everything as it was left. The paper
  // starts as the locale's (A4, or Letter in the US) until the couple picks a size.
  const [choices, setChoicesState] = useState<SheetChoices>(() => {
    const fresh = initialChoices(paperSize);
    return pickedPaper ? { ...fresh, paper: pickedPaper } : fresh;
  });
  const setChoices = (next: SheetChoices) => {
    if (next.paper !== choices.paper) pickedPaper = next.paper;
    setChoicesState(next);
  };
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
        if (ids.length === 0) return setProblem(t('noFavorites'));
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
        <ScreenHeading key="preview">{t('previewHeading')}</ScreenHeading>
        <SheetPreview sheet={sheet} onBack={() => setSheet(null)} />
      </div>
    );
  }
  return (
    <div className="sheet-screen">
      <ScreenHeading key="compose">{t('heading')}</ScreenHeading>
      <ErrorMessage>{problem}</ErrorMessage>
      <SheetComposer names={names} choices={choices} onChange={setChoices} onPreview={() => void preview()} />
    </div>
  );
}
