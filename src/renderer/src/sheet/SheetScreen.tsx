import { useState } from 'react';
import { localDay, type Sheet } from '../../../shared/sheet';
import type { PartnerNames } from '../app/partner-names';
import { ErrorMessage, ScreenHeading } from '../ui';
import { initialChoices, sheetFor, type SheetChoices } from './choices';
import { SheetComposer } from './SheetComposer';
import { SheetPreview } from './SheetPreview';
import './sheet.css';

/** Compose a conversation sheet, then see it page by page and print it or save it as PDF. */
export function SheetScreen({ names }: { names: PartnerNames }) {
  // Kept while previewing, so "Back to choices" finds everything as it was left.
  const [choices, setChoices] = useState<SheetChoices>(() => initialChoices(navigator.language));
  const [sheet, setSheet] = useState<Sheet | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const preview = () => {
    const made = sheetFor(choices, names, localDay(new Date()));
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
      <SheetComposer names={names} choices={choices} onChange={setChoices} onPreview={preview} />
    </div>
  );
}
