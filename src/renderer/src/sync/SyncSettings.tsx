import { useRef, useState } from 'react';
import type { SyncStatus } from '../../../shared/ipc/features/sync';
import { useT } from '../i18n';
import { ErrorMessage, StatusMessage } from '../ui';
import { SyncOnPanel } from './SyncOnPanel';
import { SyncSetupForm, type SetupMode } from './SyncSetupForm';
import { useSyncStatus } from './use-sync-status';
import './sync.css';
import { useFocusAfterRender } from './use-focus-after-render';

/**
 * "Two computers", in Settings: one journal on both partners' computers, through a folder
 * they already keep in step. Off, it says what it does and offers to share or join; on, it
 * shows how sync stands (asked again every few seconds while it is open).
 */
export function SyncSettings() {
  const { t } = useT('sync');
  const focusNext = useFocusAfterRender();
  const { status, problem, accept } = useSyncStatus();
  const [setup, setSetup] = useState<SetupMode | null>(null);
  const [news, setNews] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const shareButton = useRef<HTMLButtonElement>(null);
  const joinButton = useRef<HTMLButtonElement>(null);

  const begin = (mode: SetupMode) => {
    setNews(null);
    setSetup(mode);
  };

  const settled = (next: SyncStatus, said: string | null) => {
    accept(next);
    setSetup(null);
    setNews(said);
    focusNext(() => heading.current);
  };

  const cancel = () => {
    const back = setup === 'join' ? joinButton : shareButton;
    setSetup(null);
    focusNext(() => back.current);
  };

  return (
    <section className="card settings-section sync" aria-labelledby="settings-sync">
      <h2 id="settings-sync" ref={heading} tabIndex={-1}>
        {t('title')}
      </h2>
      <ErrorMessage>{problem}</ErrorMessage>
      <StatusMessage>{news}</StatusMessage>
      {status === null ? (
        problem ? null : <p className="quiet">{t('reading')}</p>
      ) : status.on ? (
        <SyncOnPanel status={status} onStatus={accept} onStopped={(next) => settled(next, t('on.stopped'))} />
      ) : setup ? (
        <SyncSetupForm mode={setup} onDone={(next) => settled(next, null)} onCancel={cancel} />
      ) : (
        <>
          <p>{t('off.about')}</p>
          <p>{t('off.sealed')}</p>
          <div className="button-row">
            <button ref={shareButton} type="button" className="button" onClick={() => begin('share')}>
              {t('off.share')}
            </button>
            <button ref={joinButton} type="button" className="button button-quiet" onClick={() => begin('join')}>
              {t('off.join')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
