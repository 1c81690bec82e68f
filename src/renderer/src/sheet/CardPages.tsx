import { useEffect } from 'react';
import { cardPages, cardTypeSize, CARDS_PER_PAGE, type Sheet, type SheetCard } from '../../../shared/sheet';
import { useT } from '../i18n';

/**
 * A sheet of cards: eight to a page on a fixed 2 × 4 grid with dashed cut lines. Nothing
 * is measured: the grid is the page, and each question's type size comes from its length
 * (shared/sheet/cards.ts), so the preview, the print window and every printer agree.
 */
export function CardPages({ sheet, onLaidOut }: { sheet: Sheet & { cards: SheetCard[] }; onLaidOut?: (pages: number) => void }) {
  const { t } = useT('sheet');
  const pages = cardPages(sheet.cards);
  const total = pages.length;
  useEffect(() => {
    onLaidOut?.(total);
  }, [total, onLaidOut]);

  return (
    <div className={`sheet-doc sheet-paper-${sheet.paper.toLowerCase()}`} data-page-count={total} data-overflowing={0}>
      {pages.map((cards, pageIndex) => (
        <section key={pageIndex} className="sheet-page" aria-label={t('pageOf', { page: pageIndex + 1, total })} data-page={pageIndex + 1}>
          <ul className="sheet-cards" aria-label={t('cardsRange', { first: pageIndex * CARDS_PER_PAGE + 1, last: pageIndex * CARDS_PER_PAGE + cards.length })}>
            {cards.map((card) => (
              <li key={card.id} className="sheet-card" data-card={card.id}>
                <p className="sheet-card-text" style={{ fontSize: `${cardTypeSize(card.text)}pt` }}>
                  {card.text}
                </p>
                <p className="sheet-card-deck">{card.deck}</p>
              </li>
            ))}
          </ul>
          <p className="sheet-page-footer" aria-hidden="true">
            <span>{t('footerCards')}</span>
            <span>{t('pageOf', { page: pageIndex + 1, total })}</span>
          </p>
        </section>
      ))}
    </div>
  );
}
