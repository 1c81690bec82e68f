import { useT } from '../i18n';

/** The steps of setting up, as the couple will meet them (the passphrase only where one is chosen). */
export type SetupStep = 'names' | 'lock' | 'passphrase' | 'recovery';

/**
 * "Step 2 of 4", and the same as a row of marks with the current one marked (aria-current),
 * so the couple knows how far along they are and how much is left.
 */
export function SetupProgress({ steps, current }: { steps: readonly SetupStep[]; current: SetupStep }) {
  const { t } = useT('setup');
  const position = steps.indexOf(current) + 1;
  return (
    <div className="setup-progress">
      <p className="setup-progress-count">{t('stepOf', { step: position, steps: steps.length })}</p>
      <ol className="setup-progress-steps" aria-label={t('settingUp')}>
        {steps.map((step, index) => (
          <li
            key={step}
            className={index + 1 < position ? 'setup-progress-done' : step === current ? 'setup-progress-current' : undefined}
            aria-current={step === current ? 'step' : undefined}
          >
            {t(`progress.${step}`)}
          </li>
        ))}
      </ol>
    </div>
  );
}
