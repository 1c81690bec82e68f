import type { Hearth } from '../hearth';
import type { CoreChannelsOf, HandlerMap } from '../ipc/handlers';
import type { checkInsContract } from '../../../shared/ipc/features/checkins';
import { nowAt } from '../time/local-day';
import { createCheckIn, latestCheckIns, listCheckIns } from './check-ins';

export const checkInHandlers = (
  hearth: Hearth,
): HandlerMap<CoreChannelsOf<typeof checkInsContract>> => ({
  'checkins.create': ({ at, ...checkIn }) => createCheckIn(hearth.db(), { ...checkIn, at: at ?? nowAt(hearth.now) }),
  'checkins.list': (query) => listCheckIns(hearth.db(), query),
  'checkins.latest': () => latestCheckIns(hearth.db()),
});
