export { CRISIS_LINES, CrisisLine, CrisisLines, HELPLINE_DIRECTORY, HelpKind, isCalendarDay } from './crisis-lines';
export { SAFETY_NOW } from './safety-now';
