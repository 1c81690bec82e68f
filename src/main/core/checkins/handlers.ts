import type { Hearth } from '../hearth';
import type { HandlerMap } from '../ipc/handlers';
import { nowAt } from '../time/local-day';
import { createCheckIn, latestCheckIns, listCheckIns } from './check-ins';

export const checkInHandlers = (
  hearth: Hearth,
): HandlerMap<'checkins.create' | 'checkins.list' | 'checkins.latest'> => ({
  'checkins.create': ({ at, ...checkIn }) => createCheckIn(hearth.db(), { ...checkIn, at: at ?? nowAt(hearth.now) }),
  'checkins.list': (query) => listCheckIns(hearth.db(), query),
  'checkins.latest': () => latestCheckIns(hearth.db()),
});
