import { useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { THEMES } from '../../../shared/exercises';
import type { TimelineBucket } from '../../../shared/ipc/features/timeline';
import type { PartnerSlot } from '../../../shared/model';
import type { PartnerNames } from '../ui/partner-names';
import { useT } from '../i18n';
import { lineValue, type Dimension } from './chart-geometry';
import { countTicks, monthLabels } from './small-multiples';

const DIMENSION_WORDS = {
  all: 'wordsAll',
  close: 'wordsClose',
  safe: 'wordsSafe',
  heard: 'wordsHeard',
} as const satisfies Record<Dimension, string>;

/** Margins around each plot, in CSS pixels (one SVG unit is one pixel). */
const M = { left: 36, right: 14, top: 12, bottom: 30 };

/** The width the charts have, followed as the window changes; drawn at that size, never scaled. */
function useWidth(): [RefObject<HTMLDivElement | null>, number] {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(640);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => setWidth(Math.max(240, Math.floor(element.clientWidth)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [box, width];
}

interface PanelProps {
  id: string;
  title: string;
  /** Said to assistive tech with the title; the table below has every number. */
  labelledBy: string;
  width: number;
  plotHeight: number;
  buckets: readonly TimelineBucket[];
  /** The range's last day (YYYY-MM-DD): its month is labelled too. */
  to: string;
  ticks: number[];
  y: (value: number) => number;
  children: (band: (index: number) => { x: number; width: number; mid: number }) => ReactNode;
}

/** One small chart: a title, a y axis of its own, the month under each first week. */
function Panel({ id, title, labelledBy, width, plotHeight, buckets, to, ticks, y, children }: PanelProps) {
  const plotWidth = width - M.left - M.right;
  const bandWidth = plotWidth / Math.max(1, buckets.length);
  const band = (index: number) => ({ x: M.left + index * bandWidth, width: bandWidth, mid: M.left + (index + 0.5) * bandWidth });
  const height = M.top + plotHeight + M.bottom;
  const labels = monthLabels(buckets, bandWidth, to);
  return (
    <figure className="chart-panel">
      <figcaption id={`${id}-title`} className="chart-title">
        {title}
      </figcaption>
      <svg
        className="timeline-chart"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${id}-title ${labelledBy}`}
        data-chart={id}
      >
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={M.left} x2={width - M.right} y1={y(tick)} y2={y(tick)} className="chart-grid" />
            <text x={M.left - 8} y={y(tick) + 4} className="chart-tick" textAnchor="end">
              {tick}
            </text>
          </g>
        ))}
        {children(band)}
        {labels.map(({ index, month, text }) => (
          <g key={month}>
            <line x1={band(index).x} x2={band(index).x} y1={M.top + plotHeight} y2={M.top + plotHeight + 5} className="chart-grid" />
            <text x={band(index).x + 2} y={M.top + plotHeight + 20} className="chart-tick chart-month" textAnchor="start" data-month={month}>
              {text}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}

interface TimelineChartsProps {
  buckets: readonly TimelineBucket[];
  to: string;
  dimension: Dimension;
  names: PartnerNames;
  /** The id of the sentence that sums the range up (each chart's description). */
  summaryId: string;
}

const SLOTS: PartnerSlot[] = ['a', 'b'];

/**
 * Small multiples: one chart per measure, each with its own axis, none sharing a second one.
 * Sessions per week or month as bars (coloured by theme, named in the legend), each
 * partner's check-ins as a line on its own 1–5 scale, and entries as bars.
 */
export function TimelineCharts({ buckets, to, dimension, names, summaryId }: TimelineChartsProps) {
  const { t } = useT('timeline');
  const [box, width] = useWidth();
  const sessionsTicks = countTicks(Math.max(0, ...buckets.map((b) => b.sessions.total)));
  const entriesTicks = countTicks(Math.max(0, ...buckets.map((b) => b.entries)));
  const barWidth = (bandWidth: number) => Math.max(3, Math.min(28, bandWidth * 0.62));

  const countPanel = (id: string, title: string, ticks: number[], plotHeight: number, value: (b: TimelineBucket) => number, bars: 'themes' | 'plain') => {
    const top = ticks.at(-1)!;
    const y = (n: number) => M.top + plotHeight - (n / top) * plotHeight;
    return (
      <Panel id={id} title={title} labelledBy={summaryId} width={width} plotHeight={plotHeight} buckets={buckets} to={to} ticks={ticks} y={y}>
        {(band) =>
          buckets.map((bucket, index) => {
            const { x, width: w } = band(index);
            const bw = barWidth(w);
            const left = x + (w - bw) / 2;
            if (bars === 'plain') {
              const n = value(bucket);
              return n > 0 ? <rect key={bucket.start} x={left} y={y(n)} width={bw} height={y(0) - y(n)} rx={2} className="chart-entries" /> : null;
            }
            let base = y(0);
            return (
              <g key={bucket.start}>
                {THEMES.map(({ id: theme }) => {
                  const n = bucket.sessions.byTheme[theme] ?? 0;
                  if (n === 0) return null;
                  const h = y(0) - y(n);
                  base -= h;
                  return (
                    <rect key={theme} x={left} y={base} width={bw} height={h} rx={2} className="chart-bar" style={{ fill: `var(--theme-${theme})` }} />
                  );
                })}
              </g>
            );
          })
        }
      </Panel>
    );
  };

  const checkInPanel = (slot: PartnerSlot) => {
    const plotHeight = 110;
    const y = (rating: number) => M.top + plotHeight - ((rating - 1) / 4) * plotHeight;
    return (
      <Panel
        key={slot}
        id={`chart-checkins-${slot}`}
        title={t('chartCheckIns', { name: names[slot], what: t(DIMENSION_WORDS[dimension]) })}
        labelledBy={summaryId}
        width={width}
        plotHeight={plotHeight}
        buckets={buckets}
        to={to}
        ticks={[1, 2, 3, 4, 5]}
        y={y}
      >
        {(band) => {
          const points = buckets.flatMap((bucket, index) => {
            const value = lineValue(bucket.checkIns[slot], dimension);
            return value === null ? [] : [{ x: band(index).mid, y: y(value) }];
          });
          const path = points.map((p) => `${p.x},${p.y}`).join(' ');
          return (
            <g>
              {points.length > 1 ? <polyline points={path} className={`chart-line chart-line-${slot}`} /> : null}
              {points.map((p) =>
                slot === 'a' ? (
                  <circle key={p.x} cx={p.x} cy={p.y} r={4.5} className="chart-point chart-point-a" />
                ) : (
                  <rect key={p.x} x={p.x - 4.5} y={p.y - 4.5} width={9} height={9} className="chart-point chart-point-b" />
                ),
              )}
            </g>
          );
        }}
      </Panel>
    );
  };

  return (
    <div ref={box} className="chart-panels">
      {countPanel('chart-sessions', t('chartSessions'), sessionsTicks, 120, (b) => b.sessions.total, 'themes')}
      {SLOTS.map(checkInPanel)}
      {countPanel('chart-entries', t('chartEntries'), entriesTicks, 80, (b) => b.entries, 'plain')}
    </div>
  );
}
