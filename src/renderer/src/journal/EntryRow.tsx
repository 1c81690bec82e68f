import { memo, useEffect, useRef } from 'react';
import { Trans } from 'react-i18next';
import { questionById } from '../../../shared/deck';
import type { Entry } from '../../../shared/model';
import { authorLabel, type PartnerNames } from '../ui/partner-names';
import { ReflectionLabel } from '../exercises';
import { EntryHistoryAction, ParallelEditNote } from '../sync';
import { locale, useT } from '../i18n';
import { EditEntryForm } from './EditEntryForm';
import { formatTimeOnly, formatWrittenAt } from '../ui/format-time';

const writtenOn = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' });
/** The day a shared private note was first written, as "written privately on …" says it. */
const formatWrittenOn = (utc: number): string => writtenOn.format(new Date(utc));
import { moodWord } from '../ui/moods';
import { Snippet } from './Snippet';
import type { FeedItem } from './use-entries';

export const headingId = (entry: Entry): string => `entry-${entry.id}`;

/**
 * The head of an entry: who wrote it and when. Shared by the journal and the trash. In the
 * journal a day's heading sits above its entries, so the eye sees only the time; the ear
 * still hears the whole date, as each entry is reached on its own.
 */
export function EntryHeading({ entry, names, timeOnly = false }: { entry: Entry; names: PartnerNames; timeOnly?: boolean }) {
  return (
    <h3 id={headingId(entry)} className="entry-heading">
      <span className="entry-author">{authorLabel(entry.author, names)}</span>
      <time className="entry-time" dateTime={new Date(entry.createdAt).toISOString()}>
        {timeOnly ? (
          <>
            <span aria-hidden="true">{formatTimeOnly(entry.createdAt)}</span>
            <span className="visually-hidden">{formatWrittenAt(entry.createdAt)}</span>
          </>
        ) : (
          formatWrittenAt(entry.createdAt)
        )}
      </time>
    </h3>
  );
}

export function EntryDetails({ entry }: { entry: Entry }) {
  const { t } = useT('journal');
  const mood = entry.mood === null ? undefined : moodWord(entry.mood);
  if (!mood && entry.tags.length === 0) return null;
  return (
    <div className="entry-details">
      {mood ? <p className="entry-mood">{t('row.feeling', { mood: mood.toLowerCase() })}</p> : null}
      {entry.tags.length > 0 ? (
        <ul className="tags" aria-label={t('row.tags')}>
          {entry.tags.map((tag) => (
            <li key={tag} className="tag">
              {tag}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

interface EntryRowProps {
  item: FeedItem;
  names: PartnerNames;
  editing: boolean;
  onEdit: (id: string) => void;
  /** The edit ended: saved (the entry as it is now) or cancelled (null). */
  onEditDone: (saved: Entry | null) => void;
  onTrash: (entry: Entry) => void;
}

/** One entry in the journal's feed, or one search hit with its matched words marked. */
export const EntryRow = memo(function EntryRow({ item, names, editing, onEdit, onEditDone, onTrash }: EntryRowProps) {
  const { t } = useT('journal');
  const { entry, snippet } = item;
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(editing);
  // Back from the edit form, the keyboard returns to the button that opened it.
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const who = t('row.who', { author: authorLabel(entry.author, names), when: formatWrittenAt(entry.createdAt) });
  return (
    <>
      <EntryHeading entry={entry} names={names} timeOnly />
      {entry.sessionId ? <ReflectionLabel sessionId={entry.sessionId} /> : null}
      {entry.questionId && questionById(entry.questionId) ? (
        <p className="entry-question">
          <span className="visually-hidden">{t('aboutQuestion')}</span>
          {questionById(entry.questionId)?.text}
        </p>
      ) : null}
      {entry.writtenPrivatelyAt ? (
        <p className="entry-private">{t('row.writtenPrivately', { date: formatWrittenOn(entry.writtenPrivatelyAt) })}</p>
      ) : null}
      {editing ? (
        <EditEntryForm entry={entry} onDone={onEditDone} />
      ) : (
        <>
          {snippet ? <Snippet segments={snippet} /> : <p className="entry-body">{entry.body}</p>}
          <EntryDetails entry={entry} />
          <ParallelEditNote entry={entry} />
          <div className="entry-actions">
            <button ref={editButton} type="button" className="button-small" onClick={() => onEdit(entry.id)}>
              <Trans t={t} i18nKey="row.edit" values={{ who }} components={{ hidden: <span className="visually-hidden" /> }} />
            </button>
            <button type="button" className="button-small" onClick={() => onTrash(entry)}>
              <Trans t={t} i18nKey="row.moveToTrash" values={{ who }} components={{ hidden: <span className="visually-hidden" /> }} />
            </button>
            <EntryHistoryAction entry={entry} who={who} />
          </div>
        </>
      )}
    </>
  );
});
