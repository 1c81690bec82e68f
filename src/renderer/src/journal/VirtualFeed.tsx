import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';

/** Space between rows, in CSS pixels. */
const GAP = 16;
/** Rows rendered beyond the window, above and below. */
const OVERSCAN_ROWS = 6;
/** Ask for the next page when the rendered rows come this close to the last one loaded. */
const NEAR_END_ROWS = 10;

interface VirtualFeedProps<T> {
  items: readonly T[];
  keyOf: (item: T) => string;
  estimate: (item: T) => number;
  labelOf: (item: T) => string;
  renderItem: (item: T, index: number) => ReactNode;
  labelledBy: string;
  busy: boolean;
  keep?: string | null;
  onNearEnd: () => void;
}

/**
 * A feed (WAI-ARIA `role="feed"`) that renders only the rows near the window, so a journal of
 * 100,000 entries scrolls like one of ten; @tanstack/react-virtual does the windowing (it
 * measured as well as or better than our own list with the 100,000-entry e2e figures). The
 * page itself scrolls. Each row is an <article> that takes focus; Page Down and Page Up move
 * between rows; the focused row and the one being edited stay rendered when scrolled away.
 */
export function VirtualFeed<T>({ items, keyOf, estimate, labelOf, renderItem, labelledBy, busy, keep, onNearEnd }: VirtualFeedProps<T>) {
  const feed = useRef<HTMLDivElement>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const [margin, setMargin] = useState(0);
  // Where the list starts on the page: what is above it (the composer, a message) moves it.
  useLayoutEffect(() => {
    const element = feed.current;
    if (element) setMargin(Math.round(element.getBoundingClientRect().top + window.scrollY));
  });

  const indexOf = useMemo(() => new Map(items.map((item, i) => [keyOf(item), i])), [items, keyOf]);
  const pinned = useMemo(
    () => [focused, keep].map((key) => (key ? indexOf.get(key) : undefined)).filter((i): i is number => i !== undefined),
    [focused, keep, indexOf],
  );
  const rangeExtractor = useCallback(
    (range: Range) => {
      const rows = defaultRangeExtractor(range);
      for (const index of pinned) if (!rows.includes(index)) rows.push(index);
      return rows.sort((a, b) => a - b);
    },
    [pinned],
  );

  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: (index) => estimate(items[index]!),
    getItemKey: (index) => keyOf(items[index]!),
    overscan: OVERSCAN_ROWS,
    gap: GAP,
    scrollMargin: margin,
    rangeExtractor,
  });
  const rows = virtualizer.getVirtualItems();
  const lastShown = rows.at(-1)?.index ?? 0;

  useEffect(() => {
    if (items.length > 0 && lastShown >= items.length - NEAR_END_ROWS) onNearEnd();
  }, [lastShown, items.length, onNearEnd]);

  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('article[data-key]');
    setFocused(row?.dataset.key ?? null);
  };
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocused(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'PageDown' && event.key !== 'PageUp') return;
    const target = event.target as HTMLElement;
    if (target.closest('input, textarea, select')) return;
    const row = target.closest<HTMLElement>('article[data-index]');
    if (!row) return;
    const index = Number(row.dataset.index) + (event.key === 'PageDown' ? 1 : -1);
    const next = feed.current?.querySelector<HTMLElement>(`article[data-index="${index}"]`);
    if (!next) return;
    event.preventDefault();
    next.focus();
  };

  if (items.length === 0) return null;
  return (
    <div
      ref={feed}
      role="feed"
      aria-labelledby={labelledBy}
      aria-busy={busy}
      className="feed"
      style={{ height: virtualizer.getTotalSize() }}
      onFocus={onFocus}
      onBlur={onBlur}
      onKeyDown={onKeyDown}
    >
      {rows.map((row) => {
        const item = items[row.index]!;
        const key = keyOf(item);
        return (
          <article
            key={key}
            ref={virtualizer.measureElement}
            data-key={key}
            data-index={row.index}
            tabIndex={0}
            aria-posinset={row.index + 1}
            aria-setsize={-1}
            aria-labelledby={labelOf(item)}
            className="feed-row"
            style={{ transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)` }}
          >
            {renderItem(item, row.index)}
          </article>
        );
      })}
    </div>
  );
}
