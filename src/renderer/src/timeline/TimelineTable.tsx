import { THEMES } from '../../../shared/exercises';
import type { BucketSize, TimelineBucket } from '../../../shared/ipc/features/timeline';
import type { PartnerNames } from '../ui/partner-names';
import { useT } from '../i18n';
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
  const { t } = useT('timeline');
  return (
    // On screen, a narrow window may scroll the table sideways: then it takes focus, so the
    // keyboard can scroll it too.
    <div
      id={id}
      className={visible ? 'timeline-table-wrap' : 'visually-hidden'}
      {...(visible && { tabIndex: 0, role: 'region', 'aria-label': t('tableLabel') })}
    >
      <table className="timeline-table">
        <caption>{size === 'week' ? t('tableCaptionWeeks') : t('tableCaptionMonths')}</caption>
        <thead>
          <tr>
            <th scope="col">{size === 'week' ? t('week') : t('month')}</th>
            <th scope="col">{t('colSessions')}</th>
            <th scope="col">{t('colThemes')}</th>
            <th scope="col">{t('colCheckIns', { name: names.a })}</th>
            <th scope="col">{t('colCheckIns', { name: names.b })}</th>
            <th scope="col">{t('colEntries')}</th>
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
