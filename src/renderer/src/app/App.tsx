import { useCallback, useEffect, useState } from 'react';
import type { AppStatus } from '../../../shared/model';
import { call } from '../api';
import { useT } from '../i18n';
import { HelpButton, HelpScreen } from '../help';
import { ChooseNewPassphrase, LockScreen } from '../lock';
import { SetupScreen } from '../setup';
import { ErrorMessage, ScreenHeading } from '../ui';
import { Shell } from './Shell';
import { TopBar } from '../ui/TopBar';

type Startup = { kind: 'asking' } | { kind: 'failed'; message: string } | { kind: 'known'; status: AppStatus };

/**
 * Chooses the screen from the journal's state. Journal data lives only below <Shell>,
 * so when the journal locks, Shell unmounts and React drops everything it held.
 */
export function App() {
  const { t } = useT(['app', 'common']);
  const [startup, setStartup] = useState<Startup>({ kind: 'asking' });
  // The help page over the lock screen: it replaces it (nothing typed there is kept) and needs no unlock.
  const [helpOpen, setHelpOpen] = useState(false);

  const askStatus = useCallback(async () => {
    setStartup({ kind: 'asking' });
    const result = await call('app.status');
    setStartup(result.ok ? { kind: 'known', status: result.value } : { kind: 'failed', message: result.error.message });
  }, []);

  useEffect(() => {
    void askStatus();
  }, [askStatus]);

  // Main locked the journal by itself (sleep, OS screen lock, the menu): asking again
  // unmounts the open journal at once, then shows the lock screen.
  useEffect(() => window.hearth.onLocked(() => void askStatus()), [askStatus]);

  const show = useCallback((status: AppStatus) => setStartup({ kind: 'known', status }), []);

  if (startup.kind === 'known') {
    switch (startup.status.state) {
      case 'needs-setup':
        return <SetupScreen onReady={show} />;
      case 'locked':
        if (helpOpen) return <HelpScreen backLabel={t('backToLock')} onBack={() => setHelpOpen(false)} />;
        return <LockScreen lockMode={startup.status.lockMode} onOpened={show} onHelp={() => setHelpOpen(true)} />;
      case 'open':
        // Opened with the recovery code in passphrase mode: a new passphrase comes first.
        if (startup.status.mustChooseLock) return <ChooseNewPassphrase onChosen={show} onLocked={show} />;
        return <Shell onLocked={show} />;
    }
  }

  // When Hearth cannot start, help is still one step away.
  if (startup.kind === 'failed' && helpOpen) return <HelpScreen backLabel={t('common:back')} onBack={() => setHelpOpen(false)} />;

  return (
    <>
      <TopBar>{startup.kind === 'failed' ? <HelpButton onHelp={() => setHelpOpen(true)} /> : null}</TopBar>
      <main className="page page-narrow">
        {startup.kind === 'failed' ? (
          <>
            <ScreenHeading>{t('couldNotStart')}</ScreenHeading>
            <ErrorMessage>{startup.message}</ErrorMessage>
            <button type="button" className="button button-primary" onClick={() => void askStatus()}>
              {t('tryAgain')}
            </button>
          </>
        ) : (
          <p role="status" className="quiet">
            {t('opening')}
          </p>
        )}
      </main>
    </>
  );
}
