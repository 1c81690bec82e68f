import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Entry } from '../../../shared/model';
import { authorLabel, type PartnerNames } from '../app/partner-names';
import { call } from '../api';
import { ErrorMessage, ScreenHeading, StatusMessage } from '../ui';
import { Composer } from './Composer';
import { EntryList } from './EntryList';
import { EMPTY_FIND, isNarrowed, toFilter, type FindState } from './find';
import { FindBar } from './FindBar';
import { TrashView } from './TrashView';
import { useDebounced } from './use-debounced';
import { useEntryFeed, type FeedItem } from './use-entries';
import './journal.css';

/** Long enough to let a word be typed, short enough to feel immediate. */
const SEARCH_DELAY_MS = 200;

/** Write first, read below: the composer, then the entries with search, filters and the trash. */
export function JournalScreen({ names }: { names: PartnerNames }) {
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
    tagsChanged();
  };

  const onEdit = useCallback((id: string) => setEditingId(id), []);
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
      setUndoNews(`The entry by ${authorLabel(entry.author, names)} is in the trash.`);
      tagsChanged();
    },
    [remove, names, tagsChanged],
  );

  const undo = async () => {
    if (!trashed) return;
    const { item, index } = trashed;
    const result = await call('entries.restore', { id: item.entry.id });
    if (!result.ok) return setProblem(result.error.message);
    putBack({ ...item, entry: result.value }, index);
    setTrashed(null);
    setUndoNews(`The entry by ${authorLabel(item.entry.author, names)} is back in the journal.`);
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

  const goToSearch = () => {
    setView('entries');
    requestAnimationFrame(() => document.getElementById('journal-search')?.focus());
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
        <ScreenHeading>Journal</ScreenHeading>
        {/* The composer fills the first screen; this is the short way to the words already written. */}
        <button type="button" className="button button-quiet" onClick={goToSearch}>
          Search and filter
        </button>
      </div>
      <Composer names={names} onSaved={onSaved} />
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
              Entries
            </h2>
            <button type="button" className="button button-quiet" onClick={openTrash}>
              Trash
            </button>
          </div>
          <FindBar
            find={find}
            onChange={changeFind}
            onClear={() => setFind(EMPTY_FIND)}
            names={names}
            tags={tags}
            rangeError={rangeError}
            narrowed={isNarrowed(find)}
          />
          <ErrorMessage>{problem}</ErrorMessage>
          <EntryList
            names={names}
            feed={feed}
            words={words}
            narrowed={narrowed}
            editingId={editingId}
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
              Undo
            </button>
            <button type="button" className="button button-quiet" onClick={dismiss}>
              Close<span className="visually-hidden"> this message</span>
            </button>
          </div>
        ) : undoNews ? (
          <button type="button" className="button button-quiet" onClick={dismiss}>
            Close<span className="visually-hidden"> this message</span>
          </button>
        ) : null}
      </div>
    </div>
  );
}
