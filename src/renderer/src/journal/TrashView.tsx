import { useEffect, useRef, useState } from 'react';
import type { TrashedEntry } from '../../../shared/ipc/features/journal';
import type { Entry } from '../../../shared/model';
import { authorLabel, type PartnerNames } from '../app/partner-names';
import { call } from '../api';
import { ErrorMessage, StatusMessage } from '../ui';
import { EntryDetails, EntryHeading, headingId } from './EntryRow';
import { formatWrittenAt } from './format-time';

const PAGE = 50;
type Cursor = { deletedAt: number; id: string };

const entriesWord = (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`;

/** Entries moved to the trash: each can come back; emptying the trash erases them for good. */
export function TrashView({ names, onRestored, onClose }: { names: PartnerNames; onRestored: (entry: Entry) => void; onClose: () => void }) {
  const [entries, setEntries] = useState<TrashedEntry[] | null>(null);
  const [cursor, setCursor] = useState<Cursor | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [news, setNews] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const emptyButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    heading.current?.focus();
    let current = true;
    void call('entries.trash.list', { limit: PAGE }).then((result) => {
      if (!current) return;
      if (!result.ok) return setProblem(result.error.message);
      setEntries(result.value.entries);
      setCursor(result.value.nextCursor);
    });
    return () => {
      current = false;
    };
  }, []);

  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
  }, [confirming]);

  const showMore = async () => {
    if (!cursor || busy) return;
    setBusy(true);
    const result = await call('entries.trash.list', { limit: PAGE, before: cursor });
    setBusy(false);
    if (!result.ok) return setProblem(result.error.message);
    setEntries((shown) => [...(shown ?? []), ...result.value.entries]);
    setCursor(result.value.nextCursor);
  };

  const restore = async (entry: TrashedEntry) => {
    setProblem(null);
    const result = await call('entries.restore', { id: entry.id });
    if (!result.ok) return setProblem(result.error.message);
    setEntries((shown) => (shown ?? []).filter((e) => e.id !== entry.id));
    setNews(`The entry by ${authorLabel(entry.author, names)} is back in the journal.`);
    heading.current?.focus();
    onRestored(result.value);
  };

  const empty = async () => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    const result = await call('entries.trash.empty', { confirm: true });
    setBusy(false);
    setConfirming(false);
    if (!result.ok) return setProblem(result.error.message);
    setEntries([]);
    setCursor(null);
    setNews(result.value.removed === 0 ? 'The trash was already empty.' : `The trash is empty. ${entriesWord(result.value.removed)} erased for good.`);
    heading.current?.focus();
  };

  const count = entries?.length ?? 0;
  return (
    <section className="trash" aria-labelledby="trash-title">
      <div className="entries-head">
        <h2 id="trash-title" ref={heading} tabIndex={-1}>
          Trash
        </h2>
        <button type="button" className="button button-quiet" onClick={onClose}>
          Back to entries
        </button>
      </div>
      <p className="quiet">
        Entries here are hidden from the journal, search and the timeline. Restore any of them, or empty the trash to
        erase them for good.
      </p>
      <ErrorMessage>{problem}</ErrorMessage>
      <StatusMessage>{entries === null ? 'Opening the trash…' : news}</StatusMessage>
      {entries !== null && count === 0 ? <p className="quiet">The trash is empty.</p> : null}
      {count > 0 && !confirming ? (
        <button ref={emptyButton} type="button" className="button button-quiet trash-empty" onClick={() => setConfirming(true)}>
          Empty trash
        </button>
      ) : null}
      {confirming ? (
        <div className="card trash-confirm" role="group" aria-labelledby="trash-confirm-title" aria-describedby="trash-confirm-text">
          <h3 id="trash-confirm-title" ref={confirmHeading} tabIndex={-1}>
            Erase {cursor ? 'everything in the trash' : count === 1 ? 'this entry' : `these ${count} entries`} for good?
          </h3>
          <p id="trash-confirm-text">
            This is final. Emptying the trash erases {cursor ? 'every entry in it' : count === 1 ? 'it' : 'them'} from this
            computer, and {count === 1 && !cursor ? 'it' : 'they'} cannot be restored afterwards.
          </p>
          <div className="button-row">
            <button type="button" className="button button-danger" aria-disabled={busy || undefined} onClick={() => void empty()}>
              Erase for good
            </button>
            <button
              type="button"
              className="button button-quiet"
              onClick={() => {
                setConfirming(false);
                requestAnimationFrame(() => emptyButton.current?.focus());
              }}
            >
              Keep them
            </button>
          </div>
        </div>
      ) : null}
      {count > 0 ? (
        <ul className="trash-list">
          {entries!.map((entry) => (
            <li key={entry.id}>
              <article className="entry trash-entry" aria-labelledby={headingId(entry)}>
                <EntryHeading entry={entry} names={names} />
                <p className="entry-body trash-body">{entry.body}</p>
                <EntryDetails entry={entry} />
                <div className="entry-actions">
                  <p className="quiet trash-when">Moved to the trash on {formatWrittenAt(entry.deletedAt)}</p>
                  <button type="button" className="button-small" onClick={() => void restore(entry)}>
                    Restore<span className="visually-hidden"> the entry by {authorLabel(entry.author, names)}</span>
                  </button>
                </div>
              </article>
            </li>
          ))}
        </ul>
      ) : null}
      {cursor ? (
        <div className="entries-more">
          <button type="button" className="button" aria-disabled={busy || undefined} onClick={() => void showMore()}>
            Show more
          </button>
        </div>
      ) : null}
    </section>
  );
}
