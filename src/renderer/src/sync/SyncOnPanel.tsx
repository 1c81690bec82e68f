import { useEffect, useRef, useState } from 'react';
import { Trans } from 'react-i18next';
import type { SyncStatus } from '../../../shared/ipc/features/sync';
import { call } from '../api';
import { useT } from '../i18n';
import { ErrorMessage, StatusMessage } from '../ui';
import { PairingCodePanel } from './PairingCodePanel';
import { agoInWords, rejectedCount } from './words';
import { useFocusAfterRender } from './use-focus-after-render';

type Computer = SyncStatus['computers'][number];

/**
 * Sync is on: how it stands (last sync, what waits, the folder and its troubles), who shares
 * the journal, and what can be done: a pairing code, sync now, remove a computer, stop here.
 * Removing and stopping are confirmed in place, saying what they do.
 */
export function SyncOnPanel({ status, onStatus, onStopped }: { status: SyncStatus; onStatus: (status: SyncStatus) => void; onStopped: (status: SyncStatus) => void }) {
  const { t } = useT('sync');
  const focusNext = useFocusAfterRender();
  const [news, setNews] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [removing, setRemoving] = useState<Computer | null>(null);
  const [stopping, setStopping] = useState(false);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const computersHeading = useRef<HTMLHeadingElement>(null);
  const stopButton = useRef<HTMLButtonElement>(null);
  const removeButtons = useRef(new Map<string, HTMLButtonElement>());

  useEffect(() => {
    if (removing || stopping) confirmHeading.current?.focus();
  }, [removing, stopping]);

  const run = async (action: () => Promise<unknown>) => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    setNews(null);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  };

  const syncNow = () =>
    run(async () => {
      setNews(t('on.syncing'));
      const result = await call('sync.now');
      if (!result.ok) {
        setNews(null);
        return setProblem(result.error.message);
      }
      onStatus(result.value);
      setNews(result.value.problem ? null : t('on.synced'));
    });

  const remove = (computer: Computer) =>
    run(async () => {
      const result = await call('sync.removeComputer', { id: computer.id });
      setRemoving(null);
      if (!result.ok) {
        setProblem(result.error.message);
        return focusNext(() => removeButtons.current.get(computer.id));
      }
      onStatus(result.value);
      setNews(t('on.removed', { name: computer.name }));
      focusNext(() => computersHeading.current);
    });

  const stop = () =>
    run(async () => {
      const result = await call('sync.stop');
      setStopping(false);
      if (!result.ok) {
        setProblem(result.error.message);
        return focusNext(() => stopButton.current);
      }
      onStopped(result.value);
    });

  const keep = () => {
    const back = removing ? removeButtons.current.get(removing.id) : stopButton.current;
    setRemoving(null);
    setStopping(false);
    focusNext(() => back);
  };

  const rejected = rejectedCount(status.rejected);
  const now = Date.now();
  return (
    <div className="sync-on">
      <ul className="sync-facts">
        {status.folder ? (
          <li className="sync-folder">{t('on.through', { folder: status.folder })}</li>
        ) : null}
        <li>{status.lastSyncAt === null ? t('on.neverSynced') : t('on.lastSync', { when: agoInWords(status.lastSyncAt, now) })}</li>
        <li>{status.pending > 0 ? t('on.waiting', { count: status.pending }) : status.problem ? t('on.noneWaiting') : t('on.allIn')}</li>
      </ul>
      {/* Main's sentence: it knows the cause (a missing folder, a full disk, this computer removed) and what to do. */}
      <ErrorMessage>{status.problem?.message ?? null}</ErrorMessage>
      {rejected > 0 ? (
        <div className="sync-rejected">
          {status.rejected.damaged > 0 ? <p>{t('on.damaged', { count: status.rejected.damaged })}</p> : null}
          {status.rejected.otherJournal > 0 ? <p>{t('on.otherJournal', { count: status.rejected.otherJournal })}</p> : null}
        </div>
      ) : null}
      {(status.refused ?? 0) > 0 ? <p className="sync-rejected">{t('on.refused', { count: status.refused ?? 0 })}</p> : null}

      <h3 ref={computersHeading} tabIndex={-1} id="sync-computers">
        {t('on.computers')}
      </h3>
      <ul className="sync-computers" aria-labelledby="sync-computers">
        {status.computers.map((computer) => (
          <li key={computer.id}>
            <span className="sync-computer-name">{computer.name}</span>
            {computer.thisComputer ? (
              <span className="quiet"> {t('on.thisComputer')}</span>
            ) : (
              <button
                type="button"
                className="button-small"
                ref={(element) => {
                  if (element) removeButtons.current.set(computer.id, element);
                  else removeButtons.current.delete(computer.id);
                }}
                onClick={() => {
                  setStopping(false);
                  setRemoving(computer);
                }}
              >
                <Trans t={t} i18nKey="on.remove" values={{ name: computer.name }} components={{ hidden: <span className="visually-hidden" /> }} />
              </button>
            )}
          </li>
        ))}
      </ul>

      {removing || stopping ? (
        <div className="card sync-confirm" role="group" aria-labelledby="sync-confirm-title" aria-describedby="sync-confirm-text">
          <h4 id="sync-confirm-title" ref={confirmHeading} tabIndex={-1}>
            {removing ? t('on.removeTitle', { name: removing.name }) : t('on.stopTitle')}
          </h4>
          <p id="sync-confirm-text">{removing ? t('on.removeText', { name: removing.name }) : t('on.stopText')}</p>
          <div className="button-row">
            <button
              type="button"
              className="button button-danger"
              aria-disabled={busy || undefined}
              onClick={() => void (removing ? remove(removing) : stop())}
            >
              {removing ? t('on.removeConfirm', { name: removing.name }) : t('on.stopConfirm')}
            </button>
            <button type="button" className="button button-quiet" onClick={keep}>
              {removing ? t('on.keepIt') : t('on.keepSyncing')}
            </button>
          </div>
        </div>
      ) : null}

      <PairingCodePanel joinedCount={status.computers.length} />

      <ErrorMessage>{problem}</ErrorMessage>
      <StatusMessage>{news}</StatusMessage>
      <div className="button-row sync-actions">
        <button type="button" className="button button-primary" aria-disabled={busy || undefined} onClick={() => void syncNow()}>
          {t('on.syncNow')}
        </button>
        <button
          ref={stopButton}
          type="button"
          className="button button-quiet"
          onClick={() => {
            setRemoving(null);
            setStopping(true);
          }}
        >
          {t('on.stop')}
        </button>
      </div>
    </div>
  );
}
