export { PrivateScreen } from './PrivateScreen';
export { PrivateWayIn } from './PrivateWayIn';
