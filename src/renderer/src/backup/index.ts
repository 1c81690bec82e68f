export { BackupScreen } from './BackupScreen';
export { SafetyCopies } from './SafetyCopies';
