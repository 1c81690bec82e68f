import { useEffect, useMemo, useState, type CSSProperties } from 'react';
import { exerciseById, THEMES } from '../../../shared/exercises';
import type { OutputOf } from '../../../shared/ipc/contract';
import type { Suggestion } from '../../../shared/ipc/features/sessions';
import type { PartnerNames } from '../ui/partner-names';
import { call } from '../api';
import { t as translate, useT, weekStartsOn } from '../i18n';
import { ErrorMessage, ScreenHeading, StatusMessage } from '../ui';
import { THEME_LOOK } from '../ui/theme-look';
import type { Dimension } from './chart-geometry';
import { rangeFor, RANGES, type RangeChoice } from './range';
import { TimelineCharts } from './TimelineCharts';
import { fittedBuckets } from './small-multiples';
import { TimelineEvents } from './TimelineEvents';
import { TimelineTable } from './TimelineTable';
import { counted, dayInWords, streakWords, weekdayWord } from './words';
import './timeline.css';

type Timeline = OutputOf<'timeline.get'>;

/** Each theme's colour from the app's one palette (ui/theme-look), as the bars and legend's `--theme-<id>`. */
const THEME_INKS = Object.fromEntries(
  THEMES.map(({ id }) => [`--theme-${id}`, `light-dark(${THEME_LOOK[id].light}, ${THEME_LOOK[id].dark})`]),
) as CSSProperties;

const DIMENSIONS: { id: Dimension; label: 'dimensionAll' | 'dimensionClose' | 'dimensionSafe' | 'dimensionHeard' }[] = [
  { id: 'all', label: 'dimensionAll' },
  { id: 'close', label: 'dimensionClose' },
  { id: 'safe', label: 'dimensionSafe' },
  { id: 'heard', label: 'dimensionHeard' },
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
  const parts = {
    from: dayInWords(from),
    to: dayInWords(timeline.to),
    sessions: counted(totals.sessions, 'sessions'),
    checkIns: counted(totals.checkIns, 'checkIns'),
    entries: counted(totals.entries, 'entries'),
  };
  return timeline.bucket === 'week' ? translate('timeline:summaryWeeks', parts) : translate('timeline:summaryMonths', parts);
}

/** The couple's weeks and months: a chart first (with its numbers as a table), the moments below. */
export function TimelineScreen({ names, onOpenExercise }: TimelineScreenProps) {
  const { t } = useT('timeline');
  const [choice, setChoice] = useState<RangeChoice>('quarter');
  const [shown, setShown] = useState<{ choice: RangeChoice; timeline: Timeline } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [dimension, setDimension] = useState<Dimension>('all');
  const [showTable, setShowTable] = useState(false);
  const [suggestion, setSuggestion] = useState<Suggestion | null>(null);

  useEffect(() => {
    let current = true;
    setProblem(null);
    void call('timeline.get', { ...rangeFor(choice, new Date()), weekStartsOn, eventLimit: EVENTS_PAGE }).then((result) => {
      if (!current) return;
      if (!result.ok) return setProblem(result.error.message);
      setShown({ choice, timeline: result.value });
    });
    return () => {
      current = false;
    };
  }, [choice]);

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
    <div className="timeline" style={THEME_INKS}>
      <ScreenHeading>{t('heading')}</ScreenHeading>
      <p className="lede">{t('lede')}</p>

      <fieldset className="fieldset timeline-range">
        <legend className="fieldset-legend">{t('show')}</legend>
        <div className="choices">
          {RANGES.map(({ id, label }) => (
            <label key={id} className="choice">
              <input type="radio" name="timeline-range" checked={choice === id} onChange={() => setChoice(id)} />
              {t(label)}
            </label>
          ))}
        </div>
        {/* The week rows (the charts' bars, the table) start on the locale's first day. */}
        {choice === 'all' ? null : <p className="field-hint timeline-week-start">{t('weeksStartOn', { day: weekdayWord(weekStartsOn) })}</p>}
      </fieldset>

      <ErrorMessage>{problem}</ErrorMessage>
      {/* Said when a range is drawn; on screen, the same sentence sits under the charts. */}
      <div className="visually-hidden">
        <StatusMessage>{loading && !problem ? t('drawing') : timeline ? summarySentence(timeline) : null}</StatusMessage>
      </div>

      {timeline && empty ? (
        <section className="card timeline-empty" aria-labelledby="timeline-empty-title">
          <h2 id="timeline-empty-title">{t('emptyTitle')}</h2>
          <p>{choice === 'all' ? t('emptyYet') : t('emptyInRange')}</p>
          <button type="button" className="button button-primary" onClick={() => onOpenExercise(suggested?.id ?? null)}>
            {suggested ? t('startWith', { title: suggested.title }) : t('chooseFirst')}
          </button>
        </section>
      ) : null}

      {timeline && !empty ? (
        <section className="card timeline-chart-card" aria-labelledby="timeline-chart-title" aria-busy={loading}>
          <h2 id="timeline-chart-title">{t('chartTitle')}</h2>
          {/* The sessions chart colours its bars by theme: the legend names each colour. */}
          {shownThemes.length > 0 ? (
            <ul className="legend" aria-label={t('legend')}>
              {shownThemes.map(({ id, title }) => (
                <li key={id} className="legend-item">
                  <span className="legend-swatch" style={{ background: `var(--theme-${id})` }} aria-hidden="true" />
                  {title}
                </li>
              ))}
            </ul>
          ) : null}
          <TimelineCharts buckets={buckets} to={timeline.to} dimension={dimension} names={names} summaryId="timeline-summary" />
          {/* The summary follows the charts, so the first chart starts inside the first screen (900×700 too). */}
          <p id="timeline-summary" className="timeline-summary">
            {summarySentence(timeline)}
          </p>
          <div className="timeline-controls">
            {anyCheckIns ? (
              <fieldset className="fieldset timeline-dimension">
                <legend className="fieldset-legend">{t('linesShow')}</legend>
                <div className="choices">
                  {DIMENSIONS.map(({ id, label }) => (
                    <label key={id} className="choice">
                      <input type="radio" name="timeline-dimension" checked={dimension === id} onChange={() => setDimension(id)} />
                      {t(label)}
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
              {showTable ? t('hideTable') : t('showTable')}
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
