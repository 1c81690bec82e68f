import { THEMES } from '../../../shared/exercises';
import type { BucketSize, TimelineBucket } from '../../../shared/ipc/features/timeline';
import type { PartnerNames } from '../app/partner-names';
import { averagesInWords, bucketName } from './words';

interface TimelineTableProps {
  id: string;
  buckets: readonly TimelineBucket[];
  size: BucketSize;
  names: PartnerNames;
  visible: boolean;
}

/** The chart's numbers as a table, for screen readers always, and on screen when asked for. */
export function TimelineTable({ id, buckets, size, names, visible }: TimelineTableProps) {
  return (
    // On screen, a narrow window may scroll the table sideways: then it takes focus, so the
    // keyboard can scroll it too.
    <div
      id={id}
      className={visible ? 'timeline-table-wrap' : 'visually-hidden'}
      {...(visible && { tabIndex: 0, role: 'region', 'aria-label': 'The chart’s numbers' })}
    >
      <table className="timeline-table">
        <caption>The chart’s numbers, {size === 'week' ? 'week by week' : 'month by month'}</caption>
        <thead>
          <tr>
            <th scope="col">{size === 'week' ? 'Week' : 'Month'}</th>
            <th scope="col">Sessions together</th>
            <th scope="col">By theme</th>
            <th scope="col">{names.a}’s check-ins</th>
            <th scope="col">{names.b}’s check-ins</th>
            <th scope="col">Entries</th>
          </tr>
        </thead>
        <tbody>
          {buckets.map((bucket) => {
            const themes = THEMES.filter(({ id: theme }) => (bucket.sessions.byTheme[theme] ?? 0) > 0)
              .map(({ id: theme, title }) => `${title} ${bucket.sessions.byTheme[theme]}`)
              .join(', ');
            return (
              <tr key={bucket.start}>
                <th scope="row">{bucketName(bucket.start, size)}</th>
                <td>{bucket.sessions.total}</td>
                <td>{themes || '—'}</td>
                <td>{averagesInWords(bucket.checkIns.a)}</td>
                <td>{averagesInWords(bucket.checkIns.b)}</td>
                <td>{bucket.entries}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
