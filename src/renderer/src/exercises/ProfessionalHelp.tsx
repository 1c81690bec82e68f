import { PROFESSIONAL_HELP } from '../../../shared/exercises';
import { ABUSE_SECTION, HelpSectionView, UrgentHelp } from '../help';
import { ScreenHeading } from '../ui';

/** The offline help page: plain text from the catalogue, nothing fetched, nothing linked. */
export function ProfessionalHelp({ backLabel, onBack }: { backLabel: string; onBack: () => void }) {
  const rest = PROFESSIONAL_HELP.sections.filter((section) => section !== ABUSE_SECTION);
  return (
    <div className="help-page">
      <p>
        <button type="button" className="button button-quiet back-button" onClick={onBack}>
          {backLabel}
        </button>
      </p>
      <ScreenHeading>{PROFESSIONAL_HELP.title}</ScreenHeading>
      <p className="lede">{PROFESSIONAL_HELP.intro}</p>
      {/* Safety first, so no one has to look for it: fear and control, then the numbers to call. */}
      <HelpSectionView section={ABUSE_SECTION} highlight />
      <UrgentHelp withAbuseSection={false} />
      {rest.map((section) => (
        <HelpSectionView key={section.id} section={section} />
      ))}
    </div>
  );
}
