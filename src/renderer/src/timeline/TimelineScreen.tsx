import { useEffect, useMemo, useState } from 'react';
import { exerciseById, THEMES } from '../../../shared/exercises';
import type { OutputOf } from '../../../shared/ipc/contract';
import type { Suggestion } from '../../../shared/ipc/features/sessions';
import type { PartnerNames } from '../app/partner-names';
import { call } from '../api';
import { ErrorMessage, ScreenHeading, StatusMessage } from '../ui';
import type { Dimension } from './chart-geometry';
import { rangeFor, RANGES, weekStartsOn, type RangeChoice } from './range';
import { TimelineCharts } from './TimelineCharts';
import { fittedBuckets } from './small-multiples';
import { TimelineEvents } from './TimelineEvents';
import { TimelineTable } from './TimelineTable';
import { dayInWords, plural, streakWords } from './words';
import './timeline.css';

type Timeline = OutputOf<'timeline.get'>;

const DIMENSIONS: { id: Dimension; label: string }[] = [
  { id: 'all', label: 'All three' },
  { id: 'close', label: 'Close' },
  { id: 'safe', label: 'Safe' },
  { id: 'heard', label: 'Heard' },
];

const EVENTS_PAGE = 50;

interface TimelineScreenProps {
  names: PartnerNames;
  /** Opens an exercise's page (or the library when no id is given). */
  onOpenExercise: (exerciseId: string | null) => void;
}

/** The range as drawn: a short history starts where its data does (see fittedBuckets). */
function summarySentence(timeline: Timeline): string {
  const { totals } = timeline;
  const first = fittedBuckets(timeline.buckets)[0];
  const from = first && first.start > timeline.from ? first.start : timeline.from;
  return (
    `From ${dayInWords(from)} to ${dayInWords(timeline.to)}, ${timeline.bucket === 'week' ? 'week by week' : 'month by month'}: ` +
    `${plural(totals.sessions, 'session', 'sessions')} together, ${plural(totals.checkIns, 'check-in', 'check-ins')} and ` +
    `${plural(totals.entries, 'entry', 'entries')}.`
  );
}

/** The couple's weeks and months: a chart first (with its numbers as a table), the moments below. */
export function TimelineScreen({ names, onOpenExercise }: TimelineScreenProps) {
  const [choice, setChoice] = useState<RangeChoice>('quarter');
  const [shown, setShown] = useState<{ choice: RangeChoice; timeline: Timeline } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [dimension, setDimension] = useState<Dimension>('all');
  const [showTable, setShowTable] = useState(false);
  const [suggestion, setSuggestion] = useState<Suggestion | null>(null);
  const weekStart = useMemo(() => weekStartsOn(navigator.language), []);

  useEffect(() => {
    let current = true;
    setProblem(null);
    void call('timeline.get', { ...rangeFor(choice, new Date()), weekStartsOn: weekStart, eventLimit: EVENTS_PAGE }).then((result) => {
      if (!current) return;
      if (!result.ok) return setProblem(result.error.message);
      setShown({ choice, timeline: result.value });
    });
    return () => {
      current = false;
    };
  }, [choice, weekStart]);

  const timeline = shown?.timeline ?? null;
  const loading = shown === null || shown.choice !== choice;
  // A deck question talked about is a moment too (it has no total of its own): not empty then.
  const empty =
    timeline !== null &&
    timeline.totals.sessions + timeline.totals.checkIns + timeline.totals.entries === 0 &&
    timeline.events.events.length === 0;
  useEffect(() => {
    if (!empty || suggestion) return;
    void call('home.suggestion').then((result) => {
      if (result.ok) setSuggestion(result.value);
    });
  }, [empty, suggestion]);

  const streak = timeline ? streakWords(timeline.streak) : null;
  const shownThemes = timeline ? THEMES.filter(({ id }) => timeline.buckets.some((b) => (b.sessions.byTheme[id] ?? 0) > 0)) : [];
  const anyCheckIns = (timeline?.totals.checkIns ?? 0) > 0;
  const buckets = useMemo(() => (timeline ? fittedBuckets(timeline.buckets) : []), [timeline]);
  const suggested = suggestion ? exerciseById(suggestion.exerciseId) : undefined;

  return (
    <div className="timeline">
      <ScreenHeading>Timeline</ScreenHeading>
      <p className="lede">Your time together over the weeks and months: the exercises you did, how you each felt, and what you wrote.</p>

      <fieldset className="fieldset timeline-range">
        <legend className="fieldset-legend">Show</legend>
        <div className="choices">
          {RANGES.map(({ id, label }) => (
            <label key={id} className="choice">
              <input type="radio" name="timeline-range" checked={choice === id} onChange={() => setChoice(id)} />
              {label}
            </label>
          ))}
        </div>
      </fieldset>

      <ErrorMessage>{problem}</ErrorMessage>
      {/* Said when a range is drawn; on screen, the same sentence sits above the chart. */}
      <div className="visually-hidden">
        <StatusMessage>{loading && !problem ? 'Drawing your timeline…' : timeline ? summarySentence(timeline) : null}</StatusMessage>
      </div>

      {timeline && empty ? (
        <section className="card timeline-empty" aria-labelledby="timeline-empty-title">
          <h2 id="timeline-empty-title">Your timeline starts with your first time together</h2>
          <p>
            Nothing is recorded {choice === 'all' ? 'yet' : 'in these months'}. As you do exercises together, check in and
            write, this page fills in: a week at a time, at your own pace.
          </p>
          <button type="button" className="button button-primary" onClick={() => onOpenExercise(suggested?.id ?? null)}>
            {suggested ? `Start with “${suggested.title}”` : 'Choose a first exercise'}
          </button>
        </section>
      ) : null}

      {timeline && !empty ? (
        <section className="card timeline-chart-card" aria-labelledby="timeline-chart-title" aria-busy={loading}>
          <h2 id="timeline-chart-title">Sessions, check-ins and entries</h2>
          <p id="timeline-summary" className="timeline-summary">
            {summarySentence(timeline)}
          </p>
          {/* The sessions chart colours its bars by theme: the legend names each colour. */}
          {shownThemes.length > 0 ? (
            <ul className="legend" aria-label="Legend">
              {shownThemes.map(({ id, title }) => (
                <li key={id} className="legend-item">
                  <span className="legend-swatch" style={{ background: `var(--theme-${id})` }} aria-hidden="true" />
                  {title}
                </li>
              ))}
            </ul>
          ) : null}
          <TimelineCharts buckets={buckets} to={timeline.to} dimension={dimension} names={names} summaryId="timeline-summary" />
          <div className="timeline-controls">
            {anyCheckIns ? (
              <fieldset className="fieldset timeline-dimension">
                <legend className="fieldset-legend">Check-in lines show</legend>
                <div className="choices">
                  {DIMENSIONS.map(({ id, label }) => (
                    <label key={id} className="choice">
                      <input type="radio" name="timeline-dimension" checked={dimension === id} onChange={() => setDimension(id)} />
                      {label}
                    </label>
                  ))}
                </div>
              </fieldset>
            ) : null}
            <button
              type="button"
              className="button button-quiet"
              aria-expanded={showTable}
              aria-controls="timeline-table"
              onClick={() => setShowTable((shown) => !shown)}
            >
              {showTable ? 'Hide the table' : 'Show as table'}
            </button>
          </div>
          <TimelineTable id="timeline-table" buckets={buckets} size={timeline.bucket} names={names} visible={showTable} />
        </section>
      ) : null}

      {/* With nothing recorded and no streak, the welcome below says it all. */}
      {streak && !(empty && timeline?.streak.weeks === 0) ? (
        <section className="card streak" aria-labelledby="streak-title">
          <h2 id="streak-title">{streak.headline}</h2>
          <p>{streak.more}</p>
        </section>
      ) : null}

      {timeline && !empty ? <TimelineEvents first={timeline.events} range={{ from: timeline.from, to: timeline.to }} names={names} /> : null}
    </div>
  );
}
