import { useState } from 'react';
import type { DeckCard } from '../../../shared/ipc/features/deck';
import { call } from '../api';
import { pageNow } from './page-now';
import { useT } from '../i18n';

/** Favourite and "we talked about it" for whichever card is shown, with the news to announce. */
export function useDeckActions<C extends DeckCard>(update: (card: C) => void) {
  const { t } = useT('deck');
  const [busy, setBusy] = useState(false);
  const [news, setNews] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const run = async (work: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    setNews(null);
    await work();
    setBusy(false);
  };

  const favourite = (card: C, keep: boolean) =>
    run(async () => {
      const result = await call('deck.favourite', { questionId: card.questionId, favourite: keep });
      if (!result.ok) return setProblem(result.error.message);
      update({ ...card, ...result.value });
      setNews(keep ? t('keptFavorite') : t('unkeptFavorite'));
    });

  const talked = (card: C) =>
    run(async () => {
      const result = await call('deck.talked', { questionId: card.questionId, at: pageNow() });
      if (!result.ok) return setProblem(result.error.message);
      update({ ...card, ...result.value });
      setNews(t('talkedNews'));
    });

  return { busy, news, problem, setNews, setProblem, run, favourite, talked };
}
