import { startHearth } from './start';

startHearth();
