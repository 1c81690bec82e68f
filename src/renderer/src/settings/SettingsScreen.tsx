import { useEffect, useState } from 'react';
import type { AppStatus, LockMode } from '../../../shared/model';
import { call } from '../api';
import { useT } from '../i18n';
import { SafetyCopies } from '../backup';
import { RecoveryCodeFlow } from '../recovery';
import { SyncSettings } from '../sync';
import { ErrorMessage, ScreenHeading } from '../ui';
import { AutoLockSettings } from './AutoLockSettings';
import { LockSettings } from './LockSettings';
import { RecoverySettings } from './RecoverySettings';
import './settings.css';

interface Known {
  lockMode: LockMode;
  autoLockMinutes: number;
}

/** How the journal locks: the passphrase, the recovery code, and the idle time. */
export function SettingsScreen({ onAutoLockChanged }: { onAutoLockChanged: (minutes: number) => void }) {
  const { t } = useT('settings');
  const [known, setKnown] = useState<Known | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // A new recovery code lives here only until it is confirmed, then is dropped.
  const [newCode, setNewCode] = useState<string | null>(null);
  const [recoveryNews, setRecoveryNews] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    void Promise.all([call('app.status'), call('settings.get')]).then(([status, settings]) => {
      if (!current) return;
      if (!status.ok) return setProblem(status.error.message);
      if (!settings.ok) return setProblem(settings.error.message);
      setKnown({ lockMode: status.value.lockMode ?? 'device', autoLockMinutes: settings.value.autoLockMinutes });
    });
    return () => {
      current = false;
    };
  }, []);

  if (newCode && known) {
    return (
      <RecoveryCodeFlow
        code={newCode}
        heading={t('newCode.heading')}
        purpose={t('newCode.purpose')}
        onConfirmed={() => {
          setNewCode(null);
          setRecoveryNews(t('newCode.confirmed'));
        }}
      />
    );
  }

  const lockChanged = (status: AppStatus) => {
    if (status.lockMode) setKnown((now) => (now ? { ...now, lockMode: status.lockMode! } : now));
  };

  return (
    <div className="settings">
      <ScreenHeading>{t('title')}</ScreenHeading>
      <ErrorMessage>{problem}</ErrorMessage>
      {!known ? (
        problem ? null : (
          <p role="status" className="quiet">
            {t('reading')}
          </p>
        )
      ) : (
        <>
          <LockSettings lockMode={known.lockMode} onChanged={lockChanged} />
          <RecoverySettings
            lockMode={known.lockMode}
            news={recoveryNews}
            onMade={(code) => {
              setRecoveryNews(null);
              setNewCode(code);
            }}
          />
          <AutoLockSettings
            minutes={known.autoLockMinutes}
            onChanged={(minutes) => {
              setKnown((now) => (now ? { ...now, autoLockMinutes: minutes } : now));
              onAutoLockChanged(minutes);
            }}
          />
          <SafetyCopies />
          <SyncSettings />
        </>
      )}
    </div>
  );
}
