import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { layoutRows, rowsInView, sameRange, type RowRange } from './virtual-window';

/** Space between rows, in CSS pixels (the rows are placed by hand, so no CSS gap applies). */
const GAP = 16;
/** Rendered beyond the window: about one screen's worth above and below, and a few rows more. */
const OVERSCAN_PX = 800;
const OVERSCAN_ROWS = 3;
/** Ask for the next page when the rendered rows come this close to the last one loaded. */
const NEAR_END_ROWS = 10;
const FIRST_RENDER = 12;

interface VirtualFeedProps<T> {
  items: readonly T[];
  keyOf: (item: T) => string;
  /** A first guess of a row's height; each row is measured once shown and the guess replaced. */
  estimate: (item: T) => number;
  /** The id of the element that names each row (its heading). */
  labelOf: (item: T) => string;
  /** What goes inside each row's <article>. */
  renderItem: (item: T) => ReactNode;
  /** The id of the feed's own label (a heading). */
  labelledBy: string;
  busy: boolean;
  /** Rows that stay rendered even when scrolled away (one being edited keeps its draft). */
  keep?: string | null;
  onNearEnd: () => void;
}

/**
 * A feed (WAI-ARIA `role="feed"`) that renders only the rows near the window, so a
 * journal of 100,000 entries scrolls like one of ten. The page itself scrolls, not a
 * box inside it. Each row is an <article> that takes focus; Page Down and Page Up move
 * between rows, and the row holding focus stays rendered while it is scrolled away, so
 * the keyboard never loses its place.
 */
export function VirtualFeed<T>({ items, keyOf, estimate, labelOf, renderItem, labelledBy, busy, keep, onNearEnd }: VirtualFeedProps<T>) {
  const feed = useRef<HTMLDivElement>(null);
  const measured = useRef(new Map<string, number>());
  const [version, setVersion] = useState(0);
  const [focused, setFocused] = useState<string | null>(null);

  const layout = useMemo(() => {
    const keys = items.map(keyOf);
    const heights = items.map((item, i) => measured.current.get(keys[i]!) ?? estimate(item));
    return { ...layoutRows(heights, GAP), indexOf: new Map(keys.map((key, i) => [key, i])) };
    // `version` changes when a row is measured: the heights above are read afresh then.
  }, [items, keyOf, estimate, version]);
  const current = useRef(layout);
  current.current = layout;

  const [range, setRange] = useState<RowRange>({ start: 0, end: Math.min(items.length, FIRST_RENDER) });

  const placeWindow = useCallback(() => {
    const element = feed.current;
    if (!element) return;
    const top = -element.getBoundingClientRect().top;
    const next = rowsInView(current.current, top, top + window.innerHeight, OVERSCAN_PX, OVERSCAN_ROWS);
    setRange((shown) => (sameRange(shown, next) ? shown : next));
  }, []);

  useLayoutEffect(placeWindow, [layout, placeWindow]);

  useEffect(() => {
    let frame = 0;
    const onScroll = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        placeWindow();
      });
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
    };
  }, [placeWindow]);

  useEffect(() => {
    if (items.length > 0 && range.end >= items.length - NEAR_END_ROWS) onNearEnd();
  }, [range.end, items.length, onNearEnd]);

  // One observer for every row. A row that grows or shrinks while wholly above the window
  // moves everything under it, so the page scrolls by the same amount and what is being
  // read stays still.
  const observer = useRef<ResizeObserver | null>(null);
  const observe = useCallback((element: HTMLElement | null) => {
    if (!element) return;
    observer.current ??= new ResizeObserver((records) => {
      const list = feed.current;
      if (!list) return;
      const { offsets, heights, indexOf } = current.current;
      const viewTop = -list.getBoundingClientRect().top;
      let changed = false;
      let shift = 0;
      for (const record of records) {
        const row = record.target as HTMLElement;
        const key = row.dataset.key;
        const index = key === undefined ? undefined : indexOf.get(key);
        if (key === undefined || index === undefined) continue;
        const height = record.borderBoxSize[0]?.blockSize ?? row.offsetHeight;
        const before = heights[index]!;
        measured.current.set(key, height);
        if (Math.abs(height - before) < 0.5) continue;
        changed = true;
        if (offsets[index]! + before <= viewTop) shift += height - before;
      }
      if (!changed) return;
      flushSync(() => setVersion((v) => v + 1));
      if (shift !== 0) window.scrollBy(0, shift);
    });
    const watcher = observer.current;
    watcher.observe(element);
    return () => watcher.unobserve(element);
  }, []);
  useEffect(() => () => observer.current?.disconnect(), []);

  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('article[data-key]');
    setFocused(row?.dataset.key ?? null);
  };
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocused(null);
  };

  // Page Down / Page Up: the next or previous row, as the feed pattern asks. Not inside a
  // text field, where those keys move the caret.
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

  const shown = new Set<number>();
  for (let i = range.start; i < Math.min(range.end, items.length); i += 1) shown.add(i);
  for (const key of [focused, keep]) {
    const index = key ? layout.indexOf.get(key) : undefined;
    if (index !== undefined) shown.add(index);
  }
  const rows = [...shown].sort((a, b) => a - b);

  // A feed owns articles; with none to show there is no feed, only the sentence beside it.
  if (items.length === 0) return null;
  return (
    <div
      ref={feed}
      role="feed"
      aria-labelledby={labelledBy}
      aria-busy={busy}
      className="feed"
      style={{ height: layout.total }}
      onFocus={onFocus}
      onBlur={onBlur}
      onKeyDown={onKeyDown}
    >
      {rows.map((index) => {
        const item = items[index]!;
        const key = keyOf(item);
        return (
          <article
            key={key}
            ref={observe}
            data-key={key}
            data-index={index}
            tabIndex={0}
            aria-posinset={index + 1}
            aria-setsize={-1}
            aria-labelledby={labelOf(item)}
            className="entry feed-row"
            style={{ transform: `translateY(${layout.offsets[index]}px)` }}
          >
            {renderItem(item)}
          </article>
        );
      })}
    </div>
  );
}
