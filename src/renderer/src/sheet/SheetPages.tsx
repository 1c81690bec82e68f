import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { paginate, sheetBlocks, type Sheet } from '../../../shared/sheet';
import { useT } from '../i18n';
import { CardPages } from './CardPages';
import { SheetBlockView } from './SheetBlockView';
import './sheet-paper.css';

/**
 * Room left unused at the foot of every page, in CSS pixels, so a rounding difference
 * between the screen and print layouts can never push a block onto an extra page.
 */
const SLACK_PX = 6;

interface Layout {
  sheet: Sheet;
  pages: number[][];
  overflowing: number[];
}

/**
 * The sheet on paper-sized pages. Every block is first drawn, unseen, in a column exactly
 * as wide as the printed one and measured; `paginate` (shared) then decides the breaks,
 * and each page is drawn as its own container that ends with a page break in print. The
 * preview and the print window both draw through here, so they break pages alike.
 */
function ExercisePages({
  sheet,
  headingLevel,
  onLaidOut,
}: {
  sheet: Sheet;
  /** The level of the sheet's title: 1 in the print window, lower inside a screen. */
  headingLevel: number;
  /** Told the page count each time the sheet has been laid out and drawn. */
  onLaidOut?: (pages: number) => void;
}) {
  const { t } = useT('sheet');
  const blocks = useMemo(() => sheetBlocks(sheet), [sheet]);
  const [layout, setLayout] = useState<Layout | null>(null);
  const column = useRef<HTMLDivElement>(null);
  const pageArea = useRef<HTMLDivElement>(null);
  const current = layout?.sheet === sheet ? layout : null;

  useLayoutEffect(() => {
    if (current) return;
    let cancelled = false;
    const measure = () => {
      if (cancelled || !column.current || !pageArea.current) return;
      const heights = [...column.current.children].map((element) => element.getBoundingClientRect().height);
      const pageHeight = pageArea.current.getBoundingClientRect().height - SLACK_PX;
      const result = paginate(
        blocks.map((block, index) => ({ height: heights[index] ?? 0, keepWithNext: block.keepWithNext })),
        pageHeight,
      );
      setLayout({ sheet, ...result });
    };
    // Text must be measured in the fonts it will print in.
    void document.fonts.ready.then(measure);
    return () => {
      cancelled = true;
    };
  }, [sheet, blocks, current]);

  useEffect(() => {
    if (current) onLaidOut?.(current.pages.length);
  }, [current, onLaidOut]);

  const paperClass = `sheet-doc sheet-paper-${sheet.paper.toLowerCase()}`;

  if (!current) {
    return (
      <div className={`${paperClass} sheet-measuring`} aria-hidden="true">
        <div ref={pageArea} className="sheet-page-area-probe" />
        <div ref={column} className="sheet-column">
          {blocks.map((block) => (
            <div key={block.key} className={`sheet-block sheet-block-${block.kind}`}>
              <SheetBlockView sheet={sheet} block={block} headingLevel={headingLevel} />
            </div>
          ))}
        </div>
      </div>
    );
  }

  const total = current.pages.length;
  return (
    <div className={paperClass} data-page-count={total} data-overflowing={current.overflowing.length}>
      {current.pages.map((indexes, pageIndex) => (
        <section key={pageIndex} className="sheet-page" aria-label={t('pageOf', { page: pageIndex + 1, total })} data-page={pageIndex + 1}>
          <div className="sheet-page-body sheet-column">
            {indexes.map((index) => {
              const block = blocks[index]!;
              return (
                <div key={block.key} className={`sheet-block sheet-block-${block.kind}`} data-block={block.key}>
                  <SheetBlockView sheet={sheet} block={block} headingLevel={headingLevel} />
                </div>
              );
            })}
          </div>
          {/* The PDF draws its own footer (a Chromium template); this one shows it in the preview. */}
          <p className="sheet-page-footer" aria-hidden="true">
            <span>{t('footerSheet')}</span>
            <span>{t('pageOf', { page: pageIndex + 1, total })}</span>
          </p>
        </section>
      ))}
    </div>
  );
}

/** A sheet of exercises (measured, then paginated) or a sheet of cards (a fixed grid). */
export function SheetPages(props: { sheet: Sheet; headingLevel: number; onLaidOut?: (pages: number) => void }) {
  const { sheet, onLaidOut } = props;
  if (sheet.cards) return <CardPages sheet={{ ...sheet, cards: sheet.cards }} {...(onLaidOut ? { onLaidOut } : {})} />;
  return <ExercisePages {...props} />;
}
