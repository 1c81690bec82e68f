import { useState } from 'react';
import type { LockChoice } from '../../../shared/ipc/features/vault';
import type { AppStatus, LockMode } from '../../../shared/model';
import { TopBar } from '../ui/TopBar';
import { call } from '../api';
import { HelpButton, HelpScreen } from '../help';
import { EMPTY_NEW_PASSPHRASE, type NewPassphrase } from '../ui/NewPassphraseFields';
import { RecoveryCodeFlow } from '../recovery';
import { LockChoiceStep, type Shared } from './LockChoiceStep';
import { NamesStep } from './NamesStep';
import { PassphraseStep } from './PassphraseStep';
import { SetupProgress, type SetupStep } from './SetupProgress';
import { useT } from '../i18n';
import './setup.css';

type Step = SetupStep;

/** What the journal was made with: its status and the code, held only until the code is confirmed. */
interface Made {
  status: AppStatus;
  recoveryCode: string;
}

/**
 * First run: the names, how the journal locks (a passphrase where others use this
 * computer), the passphrase, then the recovery code, shown once and checked. The journal
 * is made before the code is shown; the code leaves this screen's state once confirmed.
 */
export function SetupScreen({ onReady }: { onReady: (status: AppStatus) => void }) {
  const { t } = useT('setup');
  const [step, setStep] = useState<Step>('names');
  const [names, setNames] = useState<[string, string]>(['', '']);
  const [shared, setShared] = useState<Shared | null>(null);
  const [lockMode, setLockMode] = useState<LockMode | null>(null);
  const [passphrase, setPassphrase] = useState<NewPassphrase>(EMPTY_NEW_PASSPHRASE);
  const [creating, setCreating] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [made, setMade] = useState<Made | null>(null);
  // Help is open over whichever step this is; the steps' answers wait here until it closes.
  const [helpOpen, setHelpOpen] = useState(false);

  const go = (next: Step) => {
    setProblem(null);
    setStep(next);
  };

  const answer = (value: Shared) => {
    setShared(value);
    // Where others use the computer, the passphrase is the safe default; it can still be changed.
    setLockMode(value === 'yes' ? 'device+passphrase' : 'device');
  };

  const create = async (lock: LockChoice) => {
    setCreating(true);
    setProblem(null);
    const result = await call('setup.create', { partners: [names[0].trim(), names[1].trim()], lock });
    setCreating(false);
    if (!result.ok) return setProblem(result.error.message);
    setPassphrase(EMPTY_NEW_PASSPHRASE);
    setMade(result.value);
    go('recovery');
  };

  const finish = () => {
    if (!made) return;
    const { status } = made;
    setMade(null);
    onReady(status);
  };

  // Without a passphrase there is one step fewer; until the couple answers, a passphrase is counted.
  const steps: Step[] = lockMode === 'device' ? ['names', 'lock', 'recovery'] : ['names', 'lock', 'passphrase', 'recovery'];

  if (helpOpen) return <HelpScreen backLabel={t('backToSetup')} onBack={() => setHelpOpen(false)} />;

  return (
    <>
      <TopBar>
        <HelpButton onHelp={() => setHelpOpen(true)} />
      </TopBar>
      {/* One column width for every step, wide enough for the code's five groups on one line. */}
      <main className="page setup">
        <SetupProgress steps={steps} current={step} />
        {step === 'names' ? (
          <NamesStep names={names} onChange={setNames} onNext={() => go('lock')} />
        ) : step === 'lock' ? (
          <LockChoiceStep
            shared={shared}
            lockMode={lockMode}
            onAnswer={answer}
            onChoose={setLockMode}
            onBack={() => go('names')}
            onNext={() => (lockMode === 'device' ? void create({ lockMode: 'device' }) : go('passphrase'))}
            creating={creating}
            problem={problem}
          />
        ) : step === 'passphrase' ? (
          <PassphraseStep
            passphrase={passphrase}
            onChange={setPassphrase}
            onBack={() => go('lock')}
            onCreate={() => void create({ lockMode: 'device+passphrase', passphrase: passphrase.first })}
            creating={creating}
            problem={problem}
          />
        ) : made ? (
          <RecoveryCodeFlow
            code={made.recoveryCode}
            heading={t('recovery.heading')}
            purpose={
              made.status.lockMode === 'device+passphrase'
                ? t('recovery.purposePassphrase')
                : t('recovery.purposeDevice')
            }
            onConfirmed={finish}
          />
        ) : null}
      </main>
    </>
  );
}
