import { join } from 'node:path';
import type { WrittenAt } from '../../../shared/ipc/written-at';
import type { Hearth } from '../hearth';
import type { CoreChannelsOf, HandlerMap } from '../ipc/handlers';
import type { deckContract } from '../../../shared/ipc/features/deck';
import { localDay, nowAt } from '../time/local-day';
import { readVaultFile, VAULT_FILE } from '../vault';
import { vaultError } from '../vault/errors';
import { drawQuestion } from './draw';
import { startFortnight, updateFortnight } from './fortnight';
import { listFavourites, markTalked, setFavourite } from './marks';
import { skipToday, todaysQuestion } from './today';

type DeckChannel = CoreChannelsOf<typeof deckContract>;

export const deckHandlers = (hearth: Hearth, random: () => number = Math.random): HandlerMap<DeckChannel> => {
  const today = (at?: WrittenAt) => localDay(at ?? nowAt(hearth.now));
  // The journal's id seeds the question of the day: stable for this couple, different for another.
  const seed = () => {
    const vault = readVaultFile(join(hearth.dataDir, VAULT_FILE));
    if (!vault) throw vaultError.notSetUp();
    return vault.journalId;
  };
  return {
    'deck.today': ({ at }) => todaysQuestion(hearth.db(), today(at), seed()),
    'deck.skipToday': ({ at }) => skipToday(hearth.db(), today(at), seed()),
    'deck.draw': ({ deckId }) => drawQuestion(hearth.db(), deckId, hearth.now(), random),
    'deck.favourite': ({ questionId, favourite }) => setFavourite(hearth.db(), questionId, favourite, hearth.now()),
    'deck.favourites': () => listFavourites(hearth.db()),
    'deck.talked': ({ questionId, at = nowAt(hearth.now) }) =>
      markTalked(hearth.db(), questionId, { utc: at.utc, day: localDay(at) }),
    'fortnight.get': ({ at }) => startFortnight(hearth.db(), today(at)),
    'fortnight.update': ({ at, ...change }) => updateFortnight(hearth.db(), change, today(at)),
  };
};
