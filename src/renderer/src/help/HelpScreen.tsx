import { TopBar } from '../app/TopBar';
import { ScreenHeading } from '../ui';
import { UrgentHelp } from './UrgentHelp';

/**
 * The help page for someone who cannot or should not unlock: reached from the lock screen and
 * from setup, built only from the app's own data, so it shows nothing of any journal.
 */
export function HelpScreen({ backLabel, onBack }: { backLabel: string; onBack: () => void }) {
  return (
    <>
      <TopBar />
      <main className="page page-narrow help-page">
        <p>
          <button type="button" className="button button-quiet back-button" onClick={onBack}>
            {backLabel}
          </button>
        </p>
        <ScreenHeading>Help, whenever you need it</ScreenHeading>
        <p className="lede">
          Everything here works without opening the journal and without the internet. If you are in danger, call
          emergency services first.
        </p>
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
  return (
    <button type="button" className="button button-quiet help-button" onClick={onHelp}>
      Help and crisis lines
    </button>
  );
}
