import type { Hearth } from '../hearth';
import type { CoreChannelsOf, HandlerMap } from '../ipc/handlers';
import type { sessionsContract } from '../../../shared/ipc/features/sessions';
import { nowAt } from '../time/local-day';
import {
  abandonSession,
  completeSession,
  getSession,
  moveToStep,
  recentSessions,
  sessionsInProgress,
  startSession,
} from './sessions';
import { suggestNext } from './suggestion';

type SessionChannels = CoreChannelsOf<typeof sessionsContract>;

export const sessionHandlers = (hearth: Hearth): HandlerMap<SessionChannels> => ({
  'sessions.start': ({ at, ...input }) => startSession(hearth.db(), { ...input, at: at ?? nowAt(hearth.now) }),
  'sessions.get': ({ id }) => getSession(hearth.db(), id),
  'sessions.inProgress': () => sessionsInProgress(hearth.db()),
  'sessions.recent': ({ limit }) => recentSessions(hearth.db(), limit),
  'sessions.moveTo': ({ id, stepIndex }) => moveToStep(hearth.db(), id, stepIndex, hearth.now()),
  'sessions.complete': ({ id, reflections, at }) =>
    completeSession(hearth.db(), id, reflections, at ?? nowAt(hearth.now)),
  'sessions.abandon': ({ id }) => abandonSession(hearth.db(), id, hearth.now()),
  'home.suggestion': () => suggestNext(hearth.db(), hearth.now()),
});
