export { PrivateScreen } from './PrivateScreen';
export { PrivateWayIn } from './PrivateWayIn';
export { usePrivateLockTriggers, PRIVATE_IDLE_MS, PRIVATE_BACKGROUND_MS } from './use-private-lock-triggers';
