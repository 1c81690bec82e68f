export { RecoveryCodeFlow } from './RecoveryCodeFlow';
