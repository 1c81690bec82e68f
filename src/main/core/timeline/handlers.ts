import type { Hearth } from '../hearth';
import type { CoreChannelsOf, HandlerMap } from '../ipc/handlers';
import type { timelineContract } from '../../../shared/ipc/features/timeline';
import { localDay, nowAt } from '../time/local-day';
import { listEvents } from './events';
import { buildTimeline, resolveRange } from './timeline';

export const timelineHandlers = (hearth: Hearth): HandlerMap<CoreChannelsOf<typeof timelineContract>> => {
  /** The couple's day as this computer sees it now; it decides which week is "this week". */
  const today = () => localDay(nowAt(hearth.now));
  return {
    'timeline.get': (query) => buildTimeline(hearth.db(), query, today()),
    'timeline.events': ({ limit, before, ...range }) => {
      const db = hearth.db();
      return listEvents(db, resolveRange(db, range, today()), limit, before);
    },
  };
};
