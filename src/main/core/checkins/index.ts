export { createCheckIn, listCheckIns, latestCheckIns, type NewCheckIn, type CheckInQuery } from './check-ins';
export { checkInHandlers } from './handlers';
