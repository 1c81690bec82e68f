import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Trans } from 'react-i18next';
import type { Entry } from '../../../shared/model';
import { authorLabel, type PartnerNames } from '../ui/partner-names';
import { call } from '../api';
import { useT } from '../i18n';
import { ErrorMessage, ScreenHeading, StatusMessage } from '../ui';
import { Composer } from './Composer';
import { EntryList } from './EntryList';
import { EMPTY_FIND, isNarrowed, toFilter, type FindState } from './find';
import { FindBar } from './FindBar';
import { TrashView } from './TrashView';
import { useDebounced } from '../ui/use-debounced';
import { useEntryFeed, type FeedItem } from './use-entries';
import './journal.css';

/** Long enough to let a word be typed, short enough to feel immediate. */
const SEARCH_DELAY_MS = 200;

/** How long a just-saved entry stays marked: long enough to be seen, short enough not to linger. */
const FRESH_MS = 2400;

/** Ctrl+N, or Cmd+N on a Mac: a new entry, from anywhere on the journal screen. */
const isNewEntryKey = (event: KeyboardEvent): boolean =>
  (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && (event.key.toLowerCase() === 'n' || event.code === 'KeyN');

/**
 * The entries first, newest at the top and grouped by day; search and filters in the header;
 * the composer one step away ("Write", or Ctrl/Cmd+N). An empty journal opens it straight away,
 * since there is nothing yet to read.
 */
export function JournalScreen({ names, questionId = null }: { names: PartnerNames; /** A deck question to write about ("write about it"). */ questionId?: string | null }) {
  const { t } = useT('journal');
  const [view, setView] = useState<'entries' | 'trash'>('entries');
  const [find, setFind] = useState<FindState>(EMPTY_FIND);
  const words = useDebounced(find.words, SEARCH_DELAY_MS);
  const { filter, rangeError } = useMemo(() => toFilter(find), [find]);
  const query = useMemo(() => ({ words, filter }), [words, filter]);
  const feed = useEntryFeed(query);
  const narrowed = words.trim() !== '' || filter !== null;

  const [editingId, setEditingId] = useState<string | null>(null);
  const [trashed, setTrashed] = useState<{ item: FeedItem; index: number } | null>(null);
  const [undoNews, setUndoNews] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [tags, setTags] = useState<{ tag: string; count: number }[]>([]);
  const [tagsRound, setTagsRound] = useState(0);
  const restoredWhileAway = useRef(false);
  const undoButton = useRef<HTMLButtonElement>(null);
  const entriesHeading = useRef<HTMLHeadingElement>(null);
  // A question to write about opens the composer; so does an empty journal, once, on arrival.
  // Decided in the same render that shows the first page, so "Write" never flashes before an
  // empty journal's composer (null: not known yet).
  const [chosen, setWriting] = useState<boolean | null>(questionId !== null ? true : null);
  const emptyOnArrival = useRef<boolean | null>(null);
  if (emptyOnArrival.current === null && !feed.loading) emptyOnArrival.current = feed.items.length === 0 && !narrowed && !feed.error;
  const writing = chosen ?? emptyOnArrival.current ?? false;
  const writeButton = useRef<HTMLButtonElement>(null);
  const [freshId, setFreshId] = useState<string | null>(null);

  /** Opens the composer and puts the keyboard in it: on the author when none is chosen yet, else on the words. */
  const startWriting = useCallback(() => {
    setView('entries');
    setWriting(true);
    requestAnimationFrame(() => {
      const composer = document.getElementById('composer');
      if (!composer) return;
      const chosen = composer.querySelector<HTMLInputElement>('input[name="author"]:checked');
      const target = chosen ? composer.querySelector<HTMLElement>('#entry-body') : composer.querySelector<HTMLElement>('input[name="author"]');
      target?.focus();
      composer.scrollIntoView({ block: 'nearest' });
    });
  }, []);

  const stopWriting = () => {
    // The words stay where they were (the composer is only hidden), ready for next time.
    setWriting(false);
    requestAnimationFrame(() => writeButton.current?.focus());
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isNewEntryKey(event)) return;
      event.preventDefault();
      startWriting();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [startWriting]);

  // "Saved. Your entry is at the top of the list.": the list's top comes into view, and the
  // new entry is marked for a moment. (A narrowed list reloads first, so wait for the row.)
  useEffect(() => {
    if (!freshId) return;
    let frame = requestAnimationFrame(function find() {
      const row = document.querySelector<HTMLElement>(`article[data-key="${freshId}"]`);
      if (row) row.scrollIntoView({ block: 'nearest', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
      else frame = requestAnimationFrame(find);
    });
    const done = setTimeout(() => setFreshId(null), FRESH_MS);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(done);
    };
  }, [freshId]);

  // Tags change with every save, edit and trash; the picker asks again after each.
  const tagsChanged = useCallback(() => setTagsRound((n) => n + 1), []);
  useEffect(() => {
    let current = true;
    void call('entries.tags').then((result) => {
      if (current && result.ok) setTags(result.value);
    });
    return () => {
      current = false;
    };
  }, [tagsRound]);

  useEffect(() => {
    if (trashed) undoButton.current?.focus();
  }, [trashed]);

  const changeFind = (change: Partial<FindState>) => setFind((shown) => ({ ...shown, ...change }));

  const onSaved = (entry: Entry) => {
    // The new entry is promised "at the top of the list": show the whole list again.
    if (isNarrowed(find)) setFind(EMPTY_FIND);
    else feed.prepend(entry);
    setFreshId(entry.id);
    tagsChanged();
  };

  // The entry being edited comes clear of the Undo note at the bottom (journal.css keeps that
  // room with scroll-padding, which scrollIntoView honours).
  const onEdit = useCallback((id: string) => setEditingId(id), []);
  useEffect(() => {
    if (!editingId) return;
    const scroll = () => {
      const row = document.querySelector(`article[data-key="${editingId}"]`);
      (row?.querySelector('form') ?? row)?.scrollIntoView({ block: 'nearest' });
    };
    // Two frames: the form is drawn and the row measured (VirtualFeed) before scrolling to it.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(scroll);
    });
    // On a busy computer the feed may measure the row again after that, moving the form (under
    // the Undo note, at the bottom): follow it while the feed settles.
    const feedList = document.querySelector('.feed');
    const observer = typeof ResizeObserver === 'undefined' || !feedList ? null : new ResizeObserver(() => scroll());
    if (observer && feedList) observer.observe(feedList);
    const settle = setTimeout(() => observer?.disconnect(), 1500);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(settle);
      observer?.disconnect();
    };
  }, [editingId]);
  const { replace, remove, putBack } = feed;
  const onEditDone = useCallback(
    (saved: Entry | null) => {
      if (saved) {
        replace(saved);
        tagsChanged();
      }
      setEditingId(null);
    },
    [replace, tagsChanged],
  );

  const onTrash = useCallback(
    async (entry: Entry) => {
      setProblem(null);
      const result = await call('entries.delete', { id: entry.id });
      if (!result.ok) return setProblem(result.error.message);
      setTrashed(remove(entry.id));
      setUndoNews(t('inTrash', { author: authorLabel(entry.author, names) }));
      tagsChanged();
    },
    [remove, names, tagsChanged, t],
  );

  const undo = async () => {
    if (!trashed) return;
    const { item, index } = trashed;
    const result = await call('entries.restore', { id: item.entry.id });
    if (!result.ok) return setProblem(result.error.message);
    putBack({ ...item, entry: result.value }, index);
    setTrashed(null);
    setUndoNews(t('backInJournal', { author: authorLabel(item.entry.author, names) }));
    tagsChanged();
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`article[data-key="${item.entry.id}"]`)?.focus());
  };

  const dismiss = () => {
    setTrashed(null);
    setUndoNews(null);
    entriesHeading.current?.focus();
  };

  const openTrash = () => {
    setTrashed(null);
    setUndoNews(null);
    setEditingId(null);
    setView('trash');
  };

  const closeTrash = () => {
    setView('entries');
    if (restoredWhileAway.current) {
      restoredWhileAway.current = false;
      feed.reload();
      tagsChanged();
    }
    requestAnimationFrame(() => entriesHeading.current?.focus());
  };

  return (
    <div className="journal">
      <div className="journal-head">
        <ScreenHeading>{t('title')}</ScreenHeading>
        <div className="journal-tools">
          <FindBar
            find={find}
            onChange={(change) => {
              setView('entries');
              changeFind(change);
            }}
            onClear={() => setFind(EMPTY_FIND)}
            names={names}
            tags={tags}
            rangeError={rangeError}
            narrowed={isNarrowed(find)}
          />
          {writing || emptyOnArrival.current === null ? null : (
            <button
              ref={writeButton}
              type="button"
              className="button button-primary journal-write"
              aria-keyshortcuts="Control+N Meta+N"
              onClick={startWriting}
            >
              {t('write')}
            </button>
          )}
        </div>
      </div>
      {/* Hidden, not removed, when closed: a draft waits there until it is saved or the screen is left. */}
      <div id="composer" hidden={!writing}>
        <Composer names={names} onSaved={onSaved} questionId={questionId} onCancel={stopWriting} />
      </div>
      {view === 'trash' ? (
        <TrashView
          names={names}
          onRestored={() => {
            restoredWhileAway.current = true;
          }}
          onClose={closeTrash}
        />
      ) : (
        <section className="entries" aria-labelledby="entries-title">
          <div className="entries-head">
            <h2 id="entries-title" ref={entriesHeading} tabIndex={-1}>
              {t('entries')}
            </h2>
            <button type="button" className="button button-quiet" onClick={openTrash}>
              {t('trash')}
            </button>
          </div>
          <ErrorMessage>{problem}</ErrorMessage>
          <EntryList
            names={names}
            feed={feed}
            words={words}
            narrowed={narrowed}
            editingId={editingId}
            freshId={freshId}
            onEdit={onEdit}
            onEditDone={onEditDone}
            onTrash={onTrash}
          />
        </section>
      )}
      <div className="journal-toast">
        <StatusMessage>{undoNews}</StatusMessage>
        {trashed ? (
          <div className="button-row">
            <button ref={undoButton} type="button" className="button" onClick={() => void undo()}>
              {t('undo')}
            </button>
            <button type="button" className="button button-quiet" onClick={dismiss}>
              <Trans t={t} i18nKey="closeMessage" components={{ hidden: <span className="visually-hidden" /> }} />
            </button>
          </div>
        ) : undoNews ? (
          <button type="button" className="button button-quiet" onClick={dismiss}>
            <Trans t={t} i18nKey="closeMessage" components={{ hidden: <span className="visually-hidden" /> }} />
          </button>
        ) : null}
      </div>
    </div>
  );
}
