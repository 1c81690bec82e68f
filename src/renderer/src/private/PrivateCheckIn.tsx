import { useEffect, useState, type FormEvent } from 'react';
import type { PartnerSlot } from '../../../shared/model';
import type { PrivateCheckIn as CheckIn } from '../../../shared/ipc/features/private';
import { call } from '../api';
import { checkedInAt, RatingScale, SCALES, writtenNow, type ScaleId } from '../checkins';
import { ErrorMessage, StatusMessage } from '../ui';
import { Trans } from 'react-i18next';
import { useT } from '../i18n';

type Ratings = Record<ScaleId, number | null>;
const NONE: Ratings = { close: null, safe: null, heard: null };

/** A check-in kept on the private page instead of the shared journal: the same three questions. */
export function PrivateCheckIn({ partner }: { partner: PartnerSlot }) {
  const { t } = useT('private');
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
    setNews(t('checkIn.kept'));
    setPast((list) => [result.value, ...list]);
  };

  return (
    <form className="card" noValidate onSubmit={(event) => void save(event)} aria-labelledby="private-checkin-title">
      <h2 id="private-checkin-title">{t('checkIn.heading')}</h2>
      <p className="quiet">{t('checkIn.lede')}</p>
      {SCALES.map((scale) => (
        <RatingScale
          key={scale.id}
          name={`private-${scale.id}`}
          question={scale.question}
          low={scale.low}
          high={scale.high}
          value={ratings[scale.id]}
          onChange={(value) => setRatings((now) => ({ ...now, [scale.id]: value }))}
          error={missing.includes(scale.id) && ratings[scale.id] === null ? t('checkIn.missing', { what: scale.missing }) : null}
        />
      ))}
      <div className="field">
        <label htmlFor="private-checkin-note" className="field-label">
          <Trans t={t} i18nKey="checkIn.note" components={{ optional: <span className="field-optional" /> }} />
        </label>
        <textarea id="private-checkin-note" className="text-area" rows={3} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <ErrorMessage>{problem}</ErrorMessage>
      <StatusMessage>{news}</StatusMessage>
      <button type="submit" className="button button-primary">
        {t('checkIn.keep')}
      </button>
      {past.length > 0 ? (
        <ul className="private-checkins" aria-label={t('checkIn.past')}>
          {past.slice(0, 10).map((c) => (
            <li key={c.id}>
              {t(c.note ? 'checkIn.lineWithNote' : 'checkIn.line', {
                when: checkedInAt(c.createdAt),
                close: c.close,
                safe: c.safe,
                heard: c.heard,
                note: c.note ?? '',
              })}
            </li>
          ))}
        </ul>
      ) : null}
    </form>
  );
}
