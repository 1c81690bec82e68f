import { useEffect, useId, useRef, useState } from 'react';
import { Trans } from 'react-i18next';
import type { EntryVersion } from '../../../shared/ipc/features/sync';
import type { Entry } from '../../../shared/model';
import { call } from '../api';
import { useT } from '../i18n';
import { ErrorMessage, StatusMessage } from '../ui';
import { formatWrittenAt } from '../ui/format-time';
import { moodWord } from '../ui/moods';
import './sync.css';

/** Said under an entry that two computers edited at the same time: no words were lost. */
export function ParallelEditNote({ entry }: { entry: Entry }) {
  const { t } = useT('sync');
  return entry.editedInParallel ? <p className="sync-parallel-note">{t('history.parallelNote')}</p> : null;
}

/** An entry's "History" action: the button among the entry's others, and the dialog it opens. */
export function EntryHistoryAction({ entry, who }: { entry: Entry; /** who wrote it and when, for the button's full name */ who: string }) {
  const { t } = useT('sync');
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button-small" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        <Trans t={t} i18nKey="history.action" values={{ who }} components={{ hidden: <span className="visually-hidden" /> }} />
      </button>
      {open ? <EntryHistoryDialog entryId={entry.id} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

/**
 * Every saved version of an entry, newest first: which computer saved it and when, the one the
 * journal shows, and those written on the other computer at the same time. A modal dialog;
 * Escape or Close ends it and the keyboard returns to where it was.
 */
export function EntryHistoryDialog({ entryId, onClose }: { entryId: string; onClose: () => void }) {
  const { t } = useT(['sync', 'common']);
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [versions, setVersions] = useState<EntryVersion[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();

  useEffect(() => {
    const element = dialog.current;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (element && !element.open) element.showModal();
    heading.current?.focus();
    return () => {
      element?.close();
      before?.focus();
    };
  }, []);

  useEffect(() => {
    let current = true;
    void call('entries.history', { id: entryId }).then((result) => {
      if (!current) return;
      if (!result.ok) return setProblem(result.error.message);
      // Core sends them oldest first; the newest is what a person looks for.
      setVersions([...result.value.versions].reverse());
    });
    return () => {
      current = false;
    };
  }, [entryId]);

  return (
    <dialog
      ref={dialog}
      className="sync-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('history.title')}
      </h2>
      <p className="quiet">{t('history.intro')}</p>
      <ErrorMessage>{problem}</ErrorMessage>
      <StatusMessage>{versions === null && !problem ? t('history.opening') : null}</StatusMessage>
      {versions !== null && versions.length === 0 ? <p>{t('history.none')}</p> : null}
      {versions !== null && versions.length > 0 ? (
        <ol className="sync-versions">
          {versions.map((version, index) => (
            <li key={index} className={version.current ? 'sync-version sync-version-current' : 'sync-version'}>
              <p className="sync-version-head">
                <span>{t('history.savedOn', { computer: version.computer, when: formatWrittenAt(version.updatedAt) })}</span>
                {version.current ? <span className="sync-badge">{t('history.shown')}</span> : null}
                {version.parallel ? <span className="sync-badge sync-badge-parallel">{t('history.parallel')}</span> : null}
              </p>
              <p className="sync-version-body">{version.body}</p>
              {version.mood !== null && moodWord(version.mood) ? (
                <p className="quiet">{t('history.feeling', { mood: moodWord(version.mood)!.toLowerCase() })}</p>
              ) : null}
              {version.tags.length > 0 ? (
                <ul className="tags" aria-label={t('history.tags')}>
                  {version.tags.map((tag) => (
                    <li key={tag} className="tag">
                      {tag}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
      <div className="button-row">
        <button type="button" className="button button-quiet" onClick={onClose}>
          {t('common:close')}
        </button>
      </div>
    </dialog>
  );
}
