import { useEffect, useState } from 'react';
import type { CheckIn } from '../../../shared/ipc/features/checkins';
import type { PartnerSlot } from '../../../shared/model';
import type { PartnerNames } from '../app/partner-names';
import { call } from '../api';
import { ErrorMessage, StatusMessage } from '../ui';
import { checkedInAt, SCALES } from './words';

const RECENT = 5;
const SLOTS: PartnerSlot[] = ['a', 'b'];

/** Each partner's last few check-ins, side by side. Shown only when asked for. */
export function CheckInHistory({ names }: { names: PartnerNames }) {
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
      <StatusMessage>{history || problem ? null : 'Opening recent check-ins…'}</StatusMessage>
      {history ? (
        <div className="checkin-columns">
          {SLOTS.map((partner) => (
            <section key={partner} className="checkin-column" aria-labelledby={`history-${partner}`}>
              <h3 id={`history-${partner}`}>{names[partner]}</h3>
              {history[partner].length === 0 ? (
                <p className="quiet">No check-ins yet.</p>
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
                            {scale.id[0]!.toUpperCase() + scale.id.slice(1)} {checkIn[scale.id]}
                            <span className="visually-hidden"> of 5</span>
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
