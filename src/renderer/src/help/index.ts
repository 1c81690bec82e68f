export { HelpButton, HelpScreen } from './HelpScreen';
export { HelpSectionView } from './HelpSectionView';
export { ABUSE_SECTION, UrgentHelp } from './UrgentHelp';
