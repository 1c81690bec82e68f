import { useEffect, useState, type FormEvent } from 'react';
import type { PartnerSlot } from '../../../shared/model';
import type { PrivateCheckIn as CheckIn } from '../../../shared/ipc/features/private';
import { call } from '../api';
import { RatingScale } from '../checkins/RatingScale';
import { checkedInAt, SCALES, writtenNow, type ScaleId } from '../checkins/words';
import { ErrorMessage, StatusMessage } from '../ui';

type Ratings = Record<ScaleId, number | null>;
const NONE: Ratings = { close: null, safe: null, heard: null };

/** A check-in kept on the private page instead of the shared journal: the same three questions. */
export function PrivateCheckIn({ partner }: { partner: PartnerSlot }) {
  const [ratings, setRatings] = useState<Ratings>(NONE);
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState<ScaleId[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [news, setNews] = useState<string | null>(null);
  const [past, setPast] = useState<CheckIn[]>([]);

  useEffect(() => {
    let current = true;
    void call('private.checkins.list', { partner }).then((result) => {
      if (current && result.ok) setPast(result.value);
    });
    return () => {
      current = false;
    };
  }, [partner]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const { close, safe, heard } = ratings;
    const unanswered = SCALES.filter((s) => ratings[s.id] === null).map((s) => s.id);
    setMissing(unanswered);
    setNews(null);
    if (close === null || safe === null || heard === null) return;
    const result = await call('private.checkins.create', {
      partner,
      close,
      safe,
      heard,
      ...(note.trim() ? { note } : {}),
      at: writtenNow(),
    });
    if (!result.ok) return setProblem(result.error.message);
    setProblem(null);
    setRatings(NONE);
    setNote('');
    setNews('Kept on your private page.');
    setPast((list) => [result.value, ...list]);
  };

  return (
    <form className="card" noValidate onSubmit={(event) => void save(event)} aria-labelledby="private-checkin-title">
      <h2 id="private-checkin-title">A check-in just for you</h2>
      <p className="quiet">Answers kept here stay on your page; they are not part of the shared check-ins.</p>
      {SCALES.map((scale) => (
        <RatingScale
          key={scale.id}
          name={`private-${scale.id}`}
          question={scale.question}
          low={scale.low}
          high={scale.high}
          value={ratings[scale.id]}
          onChange={(value) => setRatings((now) => ({ ...now, [scale.id]: value }))}
          error={missing.includes(scale.id) && ratings[scale.id] === null ? `Choose ${scale.missing}.` : null}
        />
      ))}
      <div className="field">
        <label htmlFor="private-checkin-note" className="field-label">
          A note <span className="field-optional">(optional)</span>
        </label>
        <textarea id="private-checkin-note" className="text-area" rows={3} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <ErrorMessage>{problem}</ErrorMessage>
      <StatusMessage>{news}</StatusMessage>
      <button type="submit" className="button button-primary">
        Keep this check-in
      </button>
      {past.length > 0 ? (
        <ul className="private-checkins" aria-label="Your private check-ins">
          {past.slice(0, 10).map((c) => (
            <li key={c.id}>
              {checkedInAt(c.createdAt)}: close {c.close}, safe {c.safe}, heard {c.heard}
              {c.note ? ` — ${c.note}` : ''}
            </li>
          ))}
        </ul>
      ) : null}
    </form>
  );
}
