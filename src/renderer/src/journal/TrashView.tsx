import { useEffect, useRef, useState } from 'react';
import { Trans } from 'react-i18next';
import type { TrashedEntry } from '../../../shared/ipc/features/journal';
import type { Entry } from '../../../shared/model';
import { authorLabel, type PartnerNames } from '../ui/partner-names';
import { call } from '../api';
import { useT } from '../i18n';
import { ErrorMessage, StatusMessage } from '../ui';
import { EntryDetails, EntryHeading, headingId } from './EntryRow';
import { formatWrittenAt } from '../ui/format-time';

const PAGE = 50;
type Cursor = { deletedAt: number; id: string };

/** Entries moved to the trash: each can come back; emptying the trash erases them for good. */
export function TrashView({ names, onRestored, onClose }: { names: PartnerNames; onRestored: (entry: Entry) => void; onClose: () => void }) {
  const { t } = useT('journal');
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
    setNews(t('backInJournal', { author: authorLabel(entry.author, names) }));
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
    const removed = result.value.removed;
    setNews(removed === 0 ? t('trashView.alreadyEmpty') : t('trashView.emptied', { count: removed }));
    heading.current?.focus();
  };

  const count = entries?.length ?? 0;
  return (
    <section className="trash" aria-labelledby="trash-title">
      <div className="entries-head">
        <h2 id="trash-title" ref={heading} tabIndex={-1}>
          {t('trash')}
        </h2>
        <button type="button" className="button button-quiet" onClick={onClose}>
          {t('trashView.back')}
        </button>
      </div>
      <p className="quiet">{t('trashView.intro')}</p>
      <ErrorMessage>{problem}</ErrorMessage>
      <StatusMessage>{entries === null ? t('trashView.opening') : news}</StatusMessage>
      {entries !== null && count === 0 ? <p className="quiet">{t('trashView.empty')}</p> : null}
      {count > 0 && !confirming ? (
        <button ref={emptyButton} type="button" className="button button-quiet trash-empty" onClick={() => setConfirming(true)}>
          {t('trashView.emptyButton')}
        </button>
      ) : null}
      {confirming ? (
        <div className="card trash-confirm" role="group" aria-labelledby="trash-confirm-title" aria-describedby="trash-confirm-text">
          <h3 id="trash-confirm-title" ref={confirmHeading} tabIndex={-1}>
            {cursor ? t('trashView.confirmAllTitle') : t('trashView.confirmTitle', { count })}
          </h3>
          <p id="trash-confirm-text">{cursor ? t('trashView.confirmAllText') : t('trashView.confirmText', { count })}</p>
          <div className="button-row">
            <button type="button" className="button button-danger" aria-disabled={busy || undefined} onClick={() => void empty()}>
              {t('trashView.eraseForGood')}
            </button>
            <button
              type="button"
              className="button button-quiet"
              onClick={() => {
                setConfirming(false);
                requestAnimationFrame(() => emptyButton.current?.focus());
              }}
            >
              {t('trashView.keepThem')}
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
                  <p className="quiet trash-when">{t('trashView.movedOn', { when: formatWrittenAt(entry.deletedAt) })}</p>
                  <button type="button" className="button-small" onClick={() => void restore(entry)}>
                    <Trans
                      t={t}
                      i18nKey="trashView.restore"
                      values={{ author: authorLabel(entry.author, names) }}
                      components={{ hidden: <span className="visually-hidden" /> }}
                    />
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
            {t('trashView.showMore')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
