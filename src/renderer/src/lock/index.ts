export { LockScreen } from './LockScreen';
export { ChooseNewPassphrase } from './ChooseNewPassphrase';
// The private page's own idle lock listens for the same signs of presence.
export { ACTIVITY_EVENTS, useLockTriggers } from './use-lock-triggers';
