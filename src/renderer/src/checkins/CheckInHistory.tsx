import { useEffect, useState } from 'react';
import { Trans } from 'react-i18next';
import type { CheckIn } from '../../../shared/ipc/features/checkins';
import type { PartnerSlot } from '../../../shared/model';
import type { PartnerNames } from '../ui/partner-names';
import { call } from '../api';
import { useT } from '../i18n';
import { ErrorMessage, StatusMessage } from '../ui';
import { checkedInAt, SCALES } from './words';

const RECENT = 5;
const SLOTS: PartnerSlot[] = ['a', 'b'];

/** Each partner's last few check-ins, side by side. Shown only when asked for. */
export function CheckInHistory({ names }: { names: PartnerNames }) {
  const { t } = useT('checkins');
  const [history, setHistory] = useState<Record<PartnerSlot, CheckIn[]> | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    void Promise.all(SLOTS.map((partner) => call('checkins.list', { partner, limit: RECENT }))).then(([a, b]) => {
      if (!current || !a || !b) return;
      if (!a.ok) return setProblem(a.error.message);
      if (!b.ok) return setProblem(b.error.message);
      setHistory({ a: a.value.checkIns, b: b.value.checkIns });
    });
    return () => {
      current = false;
    };
  }, []);

  return (
    <div className="checkin-history">
      <ErrorMessage>{problem}</ErrorMessage>
      <StatusMessage>{history || problem ? null : t('recent.opening')}</StatusMessage>
      {history ? (
        <div className="checkin-columns">
          {SLOTS.map((partner) => (
            <section key={partner} className="checkin-column" aria-labelledby={`history-${partner}`}>
              <h3 id={`history-${partner}`}>{names[partner]}</h3>
              {history[partner].length === 0 ? (
                <p className="quiet">{t('recent.none')}</p>
              ) : (
                <ol className="checkin-list">
                  {history[partner].map((checkIn) => (
                    <li key={checkIn.id} className="checkin-item">
                      <time className="checkin-when" dateTime={new Date(checkIn.createdAt).toISOString()}>
                        {checkedInAt(checkIn.createdAt)}
                      </time>
                      <p className="checkin-values">
                        {SCALES.map((scale) => (
                          <span key={scale.id} className="checkin-value">
                            <Trans t={t} i18nKey={`scales.${scale.id}.value` as const} values={{ value: checkIn[scale.id] }} components={{ hidden: <span className="visually-hidden" /> }} />
                          </span>
                        ))}
                      </p>
                      {checkIn.note ? <p className="checkin-note-text">{checkIn.note}</p> : null}
                    </li>
                  ))}
                </ol>
              )}
            </section>
          ))}
        </div>
      ) : null}
    </div>
  );
}
