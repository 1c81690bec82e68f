import { useEffect, useState } from 'react';
import { questionById } from '../../../shared/deck';
import { exerciseById, THEMES } from '../../../shared/exercises';
import type { EventCursor, TimelineEvent } from '../../../shared/ipc/features/timeline';
import { authorLabel, type PartnerNames } from '../ui/partner-names';
import { call } from '../api';
import { t, useT } from '../i18n';
import { ErrorMessage, StatusMessage } from '../ui';
import { ThemeIcon, themeStyle } from '../ui/theme-look';
import { dayShort } from './words';

const PAGE = 50;

interface EventPage {
  events: TimelineEvent[];
  nextCursor: EventCursor | null;
}

/** One line for what happened: no journal text, only who did what. */
function describe(event: TimelineEvent, names: PartnerNames): { what: string; detail: string | null } {
  switch (event.kind) {
    case 'session':
      return {
        what: t('timeline:timeTogether', { title: exerciseById(event.exerciseId)?.title ?? t('timeline:anExercise') }),
        detail: THEMES.find((theme) => theme.id === event.theme)?.title ?? null,
      };
    case 'check-in':
      return { what: t('timeline:checkedIn', { name: names[event.partner] }), detail: event.hasNote ? t('timeline:withNote') : null };
    case 'entry': {
      const who = authorLabel(event.author, names);
      const reflection = event.entryKind === 'reflection' || event.fromSession;
      return {
        what: reflection
          ? t('timeline:wroteReflection', { who })
          : event.author === 'both'
            ? t('timeline:wroteTogether', { who })
            : t('timeline:wroteJournal', { who }),
        detail: null,
      };
    }
    case 'question':
      return { what: t('timeline:talkedQuestion'), detail: questionById(event.id)?.text ?? null };
  }
}

const KIND_CLASS: Record<TimelineEvent['kind'], string> = {
  session: 'event-session',
  'check-in': 'event-checkin',
  entry: 'event-entry',
  question: 'event-question',
};

/** Consecutive events of the same day, together. */
function byDay(events: readonly TimelineEvent[]): { day: string; events: TimelineEvent[] }[] {
  const days: { day: string; events: TimelineEvent[] }[] = [];
  for (const event of events) {
    const last = days.at(-1);
    if (last?.day === event.day) last.events.push(event);
    else days.push({ day: event.day, events: [event] });
  }
  return days;
}

/** The range's sessions, check-ins and entries, newest first, a page at a time. */
export function TimelineEvents({ first, range, names }: { first: EventPage; range: { from: string; to: string }; names: PartnerNames }) {
  const { t: tl } = useT('timeline');
  const [page, setPage] = useState<EventPage>(first);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => setPage(first), [first]);

  const more = async () => {
    if (!page.nextCursor || busy) return;
    setBusy(true);
    const result = await call('timeline.events', { ...range, limit: PAGE, before: page.nextCursor });
    setBusy(false);
    if (!result.ok) return setProblem(result.error.message);
    setPage((shown) => ({ events: [...shown.events, ...result.value.events], nextCursor: result.value.nextCursor }));
  };

  return (
    <section className="timeline-events" aria-labelledby="timeline-events-title">
      <h2 id="timeline-events-title">{tl('eventsTitle')}</h2>
      <p className="quiet">{tl('eventsLede')}</p>
      {/* One heading per day, its moments listed under it (the events come newest first). */}
      {byDay(page.events).map(({ day, events }) => (
        <div key={day} className="event-day-group">
          <h3 className="event-day">
            <time dateTime={day}>{dayShort(day)}</time>
          </h3>
          <ul className="event-list">
            {events.map((event) => {
              const { what, detail } = describe(event, names);
              // A session shows its theme as the library does: the theme's colour as its mark, its icon by its name.
              const theme = event.kind === 'session' ? THEMES.find(({ id }) => id === event.theme) : undefined;
              return (
                <li key={`${event.kind}-${event.id}`} className={`event ${KIND_CLASS[event.kind]}`}>
                  <span
                    className={theme ? 'event-mark theme-look' : 'event-mark'}
                    style={theme ? themeStyle(theme.id) : undefined}
                    aria-hidden="true"
                  />
                  <span className="event-what">
                    {what}
                    {detail ? (
                      <span className="event-detail">
                        {' · '}
                        {theme ? <ThemeIcon id={theme.id} size={14} /> : null}
                        {detail}
                      </span>
                    ) : null}
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      <ErrorMessage>{problem}</ErrorMessage>
      <StatusMessage>{busy ? tl('openingEarlier') : null}</StatusMessage>
      {page.nextCursor ? (
        <button type="button" className="button" aria-disabled={busy || undefined} onClick={() => void more()}>
          {tl('showEarlier')}
        </button>
      ) : null}
    </section>
  );
}
