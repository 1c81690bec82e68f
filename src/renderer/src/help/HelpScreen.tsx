import { TopBar } from '../ui/TopBar';
import { useT } from '../i18n';
import { ScreenHeading } from '../ui';
import { UrgentHelp } from './UrgentHelp';

/**
 * The help page for someone who cannot or should not unlock: reached from the lock screen and
 * from setup, built only from the app's own data, so it shows nothing of any journal.
 */
export function HelpScreen({ backLabel, onBack }: { backLabel: string; onBack: () => void }) {
  const { t } = useT('help');
  return (
    <>
      <TopBar />
      <main className="page page-narrow help-page">
        <p>
          <button type="button" className="button button-quiet back-button" onClick={onBack}>
            {backLabel}
          </button>
        </p>
        <ScreenHeading>{t('heading')}</ScreenHeading>
        <p className="lede">{t('lede')}</p>
        <UrgentHelp withAbuseSection />
        <p>
          <button type="button" className="button button-quiet back-button" onClick={onBack}>
            {backLabel}
          </button>
        </p>
      </main>
    </>
  );
}

/** The quiet way in, shown in the top bar wherever the journal is not open. */
export function HelpButton({ onHelp }: { onHelp: () => void }) {
  const { t } = useT('help');
  return (
    <button type="button" className="button button-quiet help-button" onClick={onHelp}>
      {t('button')}
    </button>
  );
}
