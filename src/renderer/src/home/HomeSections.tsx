import { useState } from 'react';
import type { Entry } from '../../../shared/model';
import { authorLabel, type PartnerNames } from '../ui/partner-names';
import { locale, t as translate, useT } from '../i18n';
import { excerpt, streakLine, writtenOn } from './words';
import type { Memory } from './use-home';

/** One remembered entry: its first words, opening in place to the whole of it. */
function Remembered({ entry, names }: { entry: Entry; names: PartnerNames }) {
  const { t } = useT('home');
  const [open, setOpen] = useState(false);
  const short = excerpt(entry.body);
  const cut = short !== entry.body.replace(/\s+/g, ' ').trim();
  return (
    <li className="home-memory">
      {cut ? (
        <details onToggle={(event) => setOpen(event.currentTarget.open)}>
          <summary>
            <span className="home-excerpt">{open ? entry.body : short}</span>
          </summary>
        </details>
      ) : (
        <p className="home-excerpt">{short}</p>
      )}
      <p className="quiet home-byline">{t('byline', { who: authorLabel(entry.author, names), when: writtenOn(entry.createdAt) })}</p>
    </li>
  );
}

/** What you wrote a month ago and a year ago, around this date. Absent when there is none. */
export function OnThisDay({ memories, names }: { memories: Memory[]; names: PartnerNames }) {
  const { t } = useT('home');
  if (memories.length === 0) return null;
  return (
    <section className="card home-card home-memories" aria-labelledby="home-memories">
      <h2 id="home-memories">{t('onThisDay')}</h2>
      {memories.map((memory) => (
        <div key={memory.label} className="home-memory-group">
          <h3>{memory.label}</h3>
          <ul className="home-memory-list">
            {memory.entries.map((entry) => (
              <Remembered key={entry.id} entry={entry} names={names} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

export function Streak({ weeks, thisWeekDone }: { weeks: number; thisWeekDone: boolean }) {
  const { t } = useT('home');
  return (
    <section className="card home-card home-streak" aria-labelledby="home-streak">
      <h2 id="home-streak">{t('timeTogether')}</h2>
      <p className="home-streak-line">{streakLine(weeks, thisWeekDone)}</p>
    </section>
  );
}

const countSentence = (count: number): string =>
  count === 0 ? translate('home:nothingWritten') : translate('home:soFar', { count, n: count.toLocaleString(locale) });

/** The newest entry's first words, and the way into the journal. */
export function LatestEntry({
  entry,
  entryCount,
  names,
  onWrite,
}: {
  entry: Entry | null;
  entryCount: number;
  names: PartnerNames;
  onWrite: () => void;
}) {
  const { t } = useT('home');
  return (
    <section className="card home-card home-latest" aria-labelledby="home-latest">
      <h2 id="home-latest">{entry ? t('latest') : t('yourJournal')}</h2>
      {entry ? (
        <>
          <p className="home-excerpt">{excerpt(entry.body)}</p>
          <p className="quiet home-byline">
            {t('byline', { who: authorLabel(entry.author, names), when: writtenOn(entry.createdAt) })} · {countSentence(entryCount)}
          </p>
        </>
      ) : (
        <p className="quiet">{t('emptyJournal')}</p>
      )}
      <button type="button" className="button" onClick={onWrite}>
        {t('write')}
      </button>
    </section>
  );
}
