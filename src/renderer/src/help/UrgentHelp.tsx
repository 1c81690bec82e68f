import { PROFESSIONAL_HELP } from '../../../shared/exercises';
import { SAFETY_NOW } from '../../../shared/help';
import { CrisisLines } from './CrisisLines';
import { HelpSectionView } from './HelpSectionView';
import './help.css';

/** The section of "Getting professional help" about fear, threats, violence and control. */
export const ABUSE_SECTION = PROFESSIONAL_HELP.sections.find((section) => section.id === 'when-it-is-not-safe')!;

/**
 * Help for the hard moments: the numbers, what to do about suicide and self-harm, and (unless
 * the page around it already shows it) the words on abuse and control.
 */
export function UrgentHelp({ withAbuseSection }: { withAbuseSection: boolean }) {
  return (
    <>
      <CrisisLines />
      {SAFETY_NOW.map((section) => (
        <HelpSectionView key={section.id} section={section} />
      ))}
      {withAbuseSection ? <HelpSectionView section={ABUSE_SECTION} /> : null}
    </>
  );
}
