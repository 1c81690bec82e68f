import { THEMES } from '../../../shared/exercises';
import type { BucketSize, TimelineBucket } from '../../../shared/ipc/features/timeline';
import type { PartnerSlot } from '../../../shared/model';
import { bandOf, CHART, countY, lineValue, niceMax, ratingY, xLabels, type Dimension } from './chart-geometry';

interface TimelineChartProps {
  buckets: readonly TimelineBucket[];
  size: BucketSize;
  dimension: Dimension;
  /** The ids of the elements that say what the chart shows (its text alternative). */
  labelledBy: string;
}

const SLOTS: PartnerSlot[] = ['a', 'b'];

/** Partner a: a solid line with round points; partner b: a dashed line with square points. Not colour alone. */
function Marker({ slot, x, y }: { slot: PartnerSlot; x: number; y: number }) {
  return slot === 'a' ? (
    <circle cx={x} cy={y} r={4} className="chart-point chart-point-a" />
  ) : (
    <rect x={x - 4} y={y - 4} width={8} height={8} className="chart-point chart-point-b" />
  );
}

/**
 * Sessions per week or month as bars stacked by theme, each partner's check-ins as a line
 * (1–5, right axis), and entries as light bars in a strip underneath. Plain SVG. It is one
 * image to assistive tech, named by the summary sentence; the table beside it has the numbers.
 */
export function TimelineChart({ buckets, size, dimension, labelledBy }: TimelineChartProps) {
  const count = buckets.length;
  const max = niceMax(Math.max(0, ...buckets.map((b) => b.sessions.total)));
  const maxEntries = Math.max(1, ...buckets.map((b) => b.entries));
  const labels = xLabels(buckets, size);

  const lines = SLOTS.map((slot) => {
    const points = buckets.flatMap((bucket, index) => {
      const value = lineValue(bucket.checkIns[slot], dimension);
      if (value === null) return [];
      const band = bandOf(index, count);
      return [{ x: band.x + band.width / 2, y: ratingY(value) }];
    });
    return { slot, points };
  });

  return (
    <svg
      className="timeline-chart"
      viewBox={`0 0 ${CHART.width} ${CHART.height}`}
      role="img"
      aria-labelledby={labelledBy}
      preserveAspectRatio="xMidYMid meet"
    >
      <text x={CHART.left - 8} y={14} className="chart-axis-title" textAnchor="start">
        Sessions
      </text>
      <text x={CHART.width - CHART.right + 8} y={14} className="chart-axis-title" textAnchor="end">
        Check-ins (1–5)
      </text>

      {[0, max / 2, max].map((tick) => (
        <g key={`count-${tick}`}>
          <line x1={CHART.left} x2={CHART.width - CHART.right} y1={countY(tick, max)} y2={countY(tick, max)} className="chart-grid" />
          <text x={CHART.left - 8} y={countY(tick, max) + 4} className="chart-tick" textAnchor="end">
            {tick}
          </text>
        </g>
      ))}
      {[1, 3, 5].map((rating) => (
        <text key={`rating-${rating}`} x={CHART.width - CHART.right + 8} y={ratingY(rating) + 4} className="chart-tick" textAnchor="start">
          {rating}
        </text>
      ))}

      {buckets.map((bucket, index) => {
        const band = bandOf(index, count);
        const x = band.x + (band.width - band.barWidth) / 2;
        let base = CHART.plotBottom;
        return (
          <g key={bucket.start}>
            {THEMES.map(({ id }) => {
              const n = bucket.sessions.byTheme[id] ?? 0;
              if (n === 0) return null;
              const height = CHART.plotBottom - countY(n, max);
              base -= height;
              return (
                <rect
                  key={id}
                  x={x}
                  y={base}
                  width={band.barWidth}
                  height={height}
                  rx={Math.min(3, band.barWidth / 4)}
                  className="chart-bar"
                  style={{ fill: `var(--theme-${id})` }}
                />
              );
            })}
            {bucket.entries > 0 ? (
              <rect
                x={band.x + (band.width - Math.max(2, band.barWidth * 0.5)) / 2}
                width={Math.max(2, band.barWidth * 0.5)}
                y={CHART.stripBottom - (bucket.entries / maxEntries) * (CHART.stripBottom - CHART.stripTop)}
                height={(bucket.entries / maxEntries) * (CHART.stripBottom - CHART.stripTop)}
                className="chart-entries"
              />
            ) : null}
          </g>
        );
      })}

      <line x1={CHART.left} x2={CHART.width - CHART.right} y1={CHART.stripBottom} y2={CHART.stripBottom} className="chart-grid" />
      <text x={CHART.left - 8} y={CHART.stripBottom - 6} className="chart-tick" textAnchor="end">
        Entries
      </text>

      {lines.map(({ slot, points }) => (
        <g key={slot}>
          {points.length > 1 ? (
            <>
              <polyline points={points.map((p) => `${p.x},${p.y}`).join(' ')} className="chart-line-halo" />
              <polyline points={points.map((p) => `${p.x},${p.y}`).join(' ')} className={`chart-line chart-line-${slot}`} />
            </>
          ) : null}
          {points.map((p) => (
            <Marker key={`${p.x}`} slot={slot} x={p.x} y={p.y} />
          ))}
        </g>
      ))}

      {labels.map(({ index, text }) => (
        <text key={index} x={bandOf(index, count).x + 2} y={CHART.labelY} className="chart-tick" textAnchor="start">
          {text}
        </text>
      ))}
    </svg>
  );
}
