import { useEffect, useState } from 'react';
import { exerciseById, THEMES } from '../../../shared/exercises';
import type { EventCursor, TimelineEvent } from '../../../shared/ipc/features/timeline';
import { authorLabel, type PartnerNames } from '../app/partner-names';
import { call } from '../api';
import { ErrorMessage, StatusMessage } from '../ui';
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
        what: `Time together: ${exerciseById(event.exerciseId)?.title ?? 'an exercise'}`,
        detail: THEMES.find((theme) => theme.id === event.theme)?.title ?? null,
      };
    case 'check-in':
      return { what: `${names[event.partner]} checked in`, detail: event.hasNote ? 'With a note' : null };
    case 'entry': {
      const who = authorLabel(event.author, names);
      const reflection = event.entryKind === 'reflection' || event.fromSession;
      return {
        what: reflection ? `${who} wrote a reflection` : event.author === 'both' ? `${who} wrote together` : `${who} wrote in the journal`,
        detail: null,
      };
    }
  }
}

const KIND_CLASS: Record<TimelineEvent['kind'], string> = {
  session: 'event-session',
  'check-in': 'event-checkin',
  entry: 'event-entry',
};

/** The range's sessions, check-ins and entries, newest first, a page at a time. */
export function TimelineEvents({ first, range, names }: { first: EventPage; range: { from: string; to: string }; names: PartnerNames }) {
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
      <h2 id="timeline-events-title">What happened</h2>
      <p className="quiet">Newest first.</p>
      <ol className="event-list">
        {page.events.map((event) => {
          const { what, detail } = describe(event, names);
          return (
            <li key={`${event.kind}-${event.id}`} className={`event ${KIND_CLASS[event.kind]}`}>
              <time className="event-day" dateTime={event.day}>
                {dayShort(event.day)}
              </time>
              <span className="event-mark" aria-hidden="true" />
              <span className="event-what">
                {what}
                {detail ? <span className="event-detail"> · {detail}</span> : null}
              </span>
            </li>
          );
        })}
      </ol>
      <ErrorMessage>{problem}</ErrorMessage>
      <StatusMessage>{busy ? 'Opening earlier moments…' : null}</StatusMessage>
      {page.nextCursor ? (
        <button type="button" className="button" aria-disabled={busy || undefined} onClick={() => void more()}>
          Show earlier
        </button>
      ) : null}
    </section>
  );
}
