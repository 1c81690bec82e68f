import { useState } from 'react';
import type { PartnerSlot } from '../../../shared/model';
import type { PrivateNote } from '../../../shared/ipc/features/private';
import { call } from '../api';
import { checkEdit } from '../journal/draft';
import { formatWrittenAt } from '../journal/format-time';
import { moodWord } from '../journal/moods';
import { ErrorMessage } from '../ui';

type Mode = 'read' | 'edit' | 'share' | 'delete';

/** One private note: read it, edit its words, share it with the journal, or delete it. */
export function NoteItem({
  partner,
  note,
  otherName,
  onChanged,
  onGone,
}: {
  partner: PartnerSlot;
  note: PrivateNote;
  otherName: string;
  onChanged: (note: PrivateNote) => void;
  /** Shared or deleted: it is no longer on the page. */
  onGone: (id: string, shared: boolean) => void;
}) {
  const [mode, setMode] = useState<Mode>('read');
  const [draft, setDraft] = useState(note.body);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const headingId = `private-note-${note.id}`;
  const mood = note.mood === null ? undefined : moodWord(note.mood);

  const run = async (work: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    await work();
    setBusy(false);
  };

  const saveEdit = () =>
    run(async () => {
      const found = checkEdit(draft, '');
      if (found.body) return setProblem(found.body);
      const result = await call('private.notes.update', { partner, id: note.id, body: draft });
      if (!result.ok) return setProblem(result.error.message);
      setMode('read');
      onChanged(result.value);
    });

  const share = () =>
    run(async () => {
      const result = await call('private.notes.share', { partner, id: note.id });
      if (!result.ok) return setProblem(result.error.message);
      onGone(note.id, true);
    });

  const remove = () =>
    run(async () => {
      const result = await call('private.notes.delete', { partner, id: note.id });
      if (!result.ok) return setProblem(result.error.message);
      onGone(note.id, false);
    });

  return (
    <article className="card private-note" aria-labelledby={headingId}>
      <h3 id={headingId} className="entry-heading">
        <time className="entry-time" dateTime={new Date(note.createdAt).toISOString()}>
          {formatWrittenAt(note.createdAt)}
        </time>
      </h3>
      {mode === 'edit' ? (
        <div className="field">
          <label htmlFor={`${headingId}-edit`} className="field-label">
            Your note
          </label>
          <textarea
            id={`${headingId}-edit`}
            className="text-area"
            rows={6}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
          />
        </div>
      ) : (
        <p className="entry-body">{note.body}</p>
      )}
      {mood || note.tags.length > 0 ? (
        <div className="entry-details">
          {mood ? <p className="entry-mood">Feeling {mood.toLowerCase()}</p> : null}
          {note.tags.length > 0 ? (
            <ul className="tags" aria-label="Tags">
              {note.tags.map((tag) => (
                <li key={tag} className="tag">
                  {tag}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <ErrorMessage>{problem}</ErrorMessage>
      {mode === 'share' ? (
        <div className="private-confirm">
          <p>
            Share this note? It goes into the journal as an entry by you, marked as written privately, where {otherName} can
            read it. It then leaves this page.
          </p>
          <div className="button-row">
            <button type="button" className="button button-primary" onClick={() => void share()}>
              Share it
            </button>
            <button type="button" className="button button-quiet" onClick={() => setMode('read')}>
              Keep it private
            </button>
          </div>
        </div>
      ) : mode === 'delete' ? (
        <div className="private-confirm">
          <p>Delete this note for good? A private note has no trash.</p>
          <div className="button-row">
            <button type="button" className="button" onClick={() => void remove()}>
              Delete it
            </button>
            <button type="button" className="button button-quiet" onClick={() => setMode('read')}>
              Keep it
            </button>
          </div>
        </div>
      ) : mode === 'edit' ? (
        <div className="button-row">
          <button type="button" className="button button-primary" onClick={() => void saveEdit()}>
            Save changes
          </button>
          <button
            type="button"
            className="button button-quiet"
            onClick={() => {
              setDraft(note.body);
              setMode('read');
            }}
          >
            Cancel
          </button>
        </div>
      ) : (
        <div className="button-row">
          <button type="button" className="button" aria-describedby={headingId} onClick={() => setMode('share')}>
            Share with the journal
          </button>
          <button type="button" className="button button-quiet" aria-describedby={headingId} onClick={() => setMode('edit')}>
            Edit
          </button>
          <button type="button" className="button button-quiet" aria-describedby={headingId} onClick={() => setMode('delete')}>
            Delete
          </button>
        </div>
      )}
    </article>
  );
}
