import { useEffect, useState } from 'react';
import type { PartnerSlot } from '../../../shared/model';
import type { PrivateNote } from '../../../shared/ipc/features/private';
import type { PartnerNames } from '../ui/partner-names';
import { call } from '../api';
import { useDebounced } from '../ui/use-debounced';
import { ErrorMessage, ScreenHeading, StatusMessage, TextField } from '../ui';
import { NoteComposer } from './NoteComposer';
import { NoteItem } from './NoteItem';
import { PrivateCheckIn } from './PrivateCheckIn';
import { useT } from '../i18n';

/** An open private page: write, find, edit and share notes, keep check-ins, and lock it. */
export function PageNotes({ partner, names, onLock }: { partner: PartnerSlot; names: PartnerNames; onLock: () => void }) {
  const { t } = useT('private');
  const other = names[partner === 'a' ? 'b' : 'a'];
  const [notes, setNotes] = useState<PrivateNote[] | null>(null);
  const [query, setQuery] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [news, setNews] = useState<string | null>(null);
  const [changes, setChanges] = useState(0);
  const searched = useDebounced(query.trim(), 250);

  useEffect(() => {
    let current = true;
    const load = searched
      ? call('private.notes.search', { partner, query: searched, limit: 100 }).then((r) => (r.ok ? { ok: true as const, notes: r.value.notes } : r))
      : call('private.notes.list', { partner, limit: 100 }).then((r) => (r.ok ? { ok: true as const, notes: r.value.notes } : r));
    void load.then((result) => {
      if (!current) return;
      if (result.ok) setNotes(result.notes);
      else setProblem(result.error.message);
    });
    return () => {
      current = false;
    };
  }, [partner, searched, changes]);

  return (
    <section className="private" aria-labelledby="private-page-heading">
      <ScreenHeading>
        <span id="private-page-heading">{t('pageOf', { name: names[partner] })}</span>
      </ScreenHeading>
      <div className="private-bar">
        <p className="quiet">{t('notes.onlyYou')}</p>
        <button type="button" className="button" onClick={onLock}>
          {t('notes.lock')}
        </button>
      </div>
      <ErrorMessage>{problem}</ErrorMessage>
      <StatusMessage>{news}</StatusMessage>
      <NoteComposer
        partner={partner}
        onSaved={() => {
          setNews(null);
          setChanges((n) => n + 1);
        }}
      />
      <section className="private-notes" aria-labelledby="private-notes-heading">
        <h2 id="private-notes-heading">{t('notes.heading')}</h2>
        <TextField id="private-search" label={t('notes.search')} type="search" value={query} onChange={setQuery} autoComplete="off" />
        {notes === null ? (
          <p className="quiet">{t('notes.opening')}</p>
        ) : notes.length === 0 ? (
          <p className="quiet">{searched ? t('notes.noMatch') : t('notes.empty')}</p>
        ) : (
          <ul className="private-note-list">
            {notes.map((note) => (
              <li key={note.id}>
                <NoteItem
                  partner={partner}
                  note={note}
                  otherName={other}
                  onChanged={(changed) => setNotes((list) => list?.map((n) => (n.id === changed.id ? changed : n)) ?? null)}
                  onGone={(id, shared) => {
                    setNotes((list) => list?.filter((n) => n.id !== id) ?? null);
                    setNews(shared ? t('notes.shared') : t('notes.deleted'));
                  }}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
      <PrivateCheckIn partner={partner} />
    </section>
  );
}
