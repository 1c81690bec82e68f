import { useCallback, useRef, useState } from 'react';
import { PAPERS, type Sheet } from '../../../shared/sheet';
import { call } from '../api';
import { t as translate, useT } from '../i18n';
import { ErrorMessage, StatusMessage } from '../ui';
import { PrintAcknowledgement, type PrintAction } from './PrintAcknowledgement';
import { SheetPages } from './SheetPages';

const pagesWord = (n: number) => translate('sheet:pages', { count: n });

/**
 * The print view: the sheet on its pages exactly as it will print, then Print or Save as
 * PDF, each only after the paper warning has been acknowledged.
 */
export function SheetPreview({ sheet, onBack }: { sheet: Sheet; onBack: () => void }) {
  const { t } = useT('sheet');
  const [pages, setPages] = useState<number | null>(null);
  const [asking, setAsking] = useState<PrintAction | null>(null);
  const [busy, setBusy] = useState(false);
  const [news, setNews] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const returnFocus = useRef<HTMLButtonElement | null>(null);

  const laidOut = useCallback((count: number) => setPages(count), []);
  const paperLabel = PAPERS.find((paper) => paper.id === sheet.paper)?.label ?? sheet.paper;

  const ask = (action: PrintAction, button: HTMLButtonElement) => {
    if (busy) return;
    returnFocus.current = button;
    setNews(null);
    setProblem(null);
    setAsking(action);
  };

  const closeDialog = () => {
    setAsking(null);
    returnFocus.current?.focus();
  };

  const send = async (action: PrintAction) => {
    closeDialog();
    setBusy(true);
    setNews(action === 'print' ? t('openingPrint') : t('choosingWhere'));
    if (action === 'print') {
      const result = await call('sheet.print', { sheet });
      setBusy(false);
      if (!result.ok) return (setNews(null), setProblem(result.error.message));
      setNews(result.value.printed ? t('sentToPrinter', { pages: pagesWord(result.value.pages) }) : t('printCancelled'));
    } else {
      const result = await call('sheet.savePdf', { sheet });
      setBusy(false);
      if (!result.ok) return (setNews(null), setProblem(result.error.message));
      setNews(result.value.saved ? t('savedAs', { fileName: result.value.fileName, pages: pagesWord(result.value.pages) }) : t('nothingSaved'));
    }
  };

  return (
    <div className="sheet-preview">
      <div className="sheet-preview-bar">
        <p className="sheet-preview-summary" aria-live="polite">
          {pages === null ? t('layingOut') : t('whatPrints', { pages: pagesWord(pages), paper: paperLabel })}
        </p>
        <div className="sheet-actions">
          <button type="button" className="button button-quiet" onClick={onBack}>
            {t('backToChoices')}
          </button>
          <button
            type="button"
            className="button button-primary"
            aria-disabled={busy || pages === null || undefined}
            onClick={(event) => pages !== null && ask('print', event.currentTarget)}
          >
            {t('print')}
          </button>
          <button
            type="button"
            className="button"
            aria-disabled={busy || pages === null || undefined}
            onClick={(event) => pages !== null && ask('pdf', event.currentTarget)}
          >
            {t('savePdf')}
          </button>
        </div>
        <ErrorMessage>{problem}</ErrorMessage>
        <StatusMessage>{news}</StatusMessage>
      </div>

      <section className="sheet-preview-pages" aria-label={t('previewLabel')}>
        <SheetPages sheet={sheet} headingLevel={2} onLaidOut={laidOut} />
      </section>

      {asking ? (
        <PrintAcknowledgement
          action={asking}
          passage={sheet.excerpt}
          cards={Boolean(sheet.cards)}
          onConfirm={() => void send(asking)}
          onCancel={closeDialog}
        />
      ) : null}
    </div>
  );
}
