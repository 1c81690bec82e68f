import { useState } from 'react';
import type { PartnerSlot } from '../../../shared/model';
import type { PrivateNote } from '../../../shared/ipc/features/private';
import { call } from '../api';
import { checkEdit } from '../journal';
import { formatWrittenAt } from '../ui/format-time';
import { moodWord } from '../ui/moods';
import { ErrorMessage } from '../ui';
import { useT } from '../i18n';

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
  const { t } = useT('private');
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
            {t('composer.note')}
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
          {mood ? <p className="entry-mood">{t('note.feeling', { mood: mood.toLowerCase() })}</p> : null}
          {note.tags.length > 0 ? (
            <ul className="tags" aria-label={t('note.tags')}>
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
          <p>{t('note.shareQuestion', { other: otherName })}</p>
          <div className="button-row">
            <button type="button" className="button button-primary" onClick={() => void share()}>
              {t('note.share')}
            </button>
            <button type="button" className="button button-quiet" onClick={() => setMode('read')}>
              {t('note.keepPrivate')}
            </button>
          </div>
        </div>
      ) : mode === 'delete' ? (
        <div className="private-confirm">
          <p>{t('note.deleteQuestion')}</p>
          <div className="button-row">
            <button type="button" className="button" onClick={() => void remove()}>
              {t('note.delete')}
            </button>
            <button type="button" className="button button-quiet" onClick={() => setMode('read')}>
              {t('note.keep')}
            </button>
          </div>
        </div>
      ) : mode === 'edit' ? (
        <div className="button-row">
          <button type="button" className="button button-primary" onClick={() => void saveEdit()}>
            {t('note.saveChanges')}
          </button>
          <button
            type="button"
            className="button button-quiet"
            onClick={() => {
              setDraft(note.body);
              setMode('read');
            }}
          >
            {t('cancel', { ns: 'common' })}
          </button>
        </div>
      ) : (
        <div className="button-row">
          <button type="button" className="button" aria-describedby={headingId} onClick={() => setMode('share')}>
            {t('note.shareWithJournal')}
          </button>
          <button type="button" className="button button-quiet" aria-describedby={headingId} onClick={() => setMode('edit')}>
            {t('note.edit')}
          </button>
          <button type="button" className="button button-quiet" aria-describedby={headingId} onClick={() => setMode('delete')}>
            {t('note.deleteNote')}
          </button>
        </div>
      )}
    </article>
  );
}
