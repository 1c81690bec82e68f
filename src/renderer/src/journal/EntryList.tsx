import type { Entry } from '../../../shared/model';
import { authorLabel, type PartnerNames } from '../app/partner-names';
import { ErrorMessage, StatusMessage } from '../ui';
import { formatWrittenAt } from './format-time';
import { moodWord } from './moods';
import type { EntryPages } from './use-entries';

function EntryItem({ entry, names }: { entry: Entry; names: PartnerNames }) {
  const mood = entry.mood === null ? undefined : moodWord(entry.mood);
  return (
    <article className="entry" aria-labelledby={`entry-${entry.id}`}>
      <h3 id={`entry-${entry.id}`} className="entry-heading">
        <span className="entry-author">{authorLabel(entry.author, names)}</span>
        <time className="entry-time" dateTime={new Date(entry.createdAt).toISOString()}>
          {formatWrittenAt(entry.createdAt)}
        </time>
      </h3>
      <p className="entry-body">{entry.body}</p>
      {mood || entry.tags.length > 0 ? (
        <div className="entry-details">
          {mood ? <p className="entry-mood">Feeling {mood.toLowerCase()}</p> : null}
          {entry.tags.length > 0 ? (
            <ul className="tags" aria-label="Tags">
              {entry.tags.map((tag) => (
                <li key={tag} className="tag">
                  {tag}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}

/** Everything written so far, newest first, with older pages on request. */
export function EntryList({ names, pages }: { names: PartnerNames; pages: EntryPages }) {
  return (
    <section className="entries" aria-labelledby="entries-title">
      <h2 id="entries-title">Entries</h2>
      <ErrorMessage>{pages.error}</ErrorMessage>
      {pages.loading ? (
        <StatusMessage>Opening your entries…</StatusMessage>
      ) : pages.entries.length === 0 ? (
        <p className="quiet">Nothing here yet. Your first entry will appear here.</p>
      ) : (
        <ol className="entry-list">
          {pages.entries.map((entry) => (
            <li key={entry.id}>
              <EntryItem entry={entry} names={names} />
            </li>
          ))}
        </ol>
      )}
      {pages.hasOlder ? (
        <div className="entries-more">
          <StatusMessage>{pages.loadingOlder ? 'Opening older entries…' : null}</StatusMessage>
          <button
            type="button"
            className="button"
            aria-disabled={pages.loadingOlder || undefined}
            onClick={() => void pages.loadOlder()}
          >
            Show older entries
          </button>
        </div>
      ) : null}
    </section>
  );
}
