import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Trans } from 'react-i18next';
import type { CheckIn } from '../../../shared/ipc/features/checkins';
import type { PartnerSlot } from '../../../shared/model';
import { call } from '../api';
import { useT } from '../i18n';
import { ErrorMessage, StatusMessage } from '../ui';
import { RatingScale } from './RatingScale';
import { SCALES, writtenNow, type ScaleId } from './words';

type Ratings = Record<ScaleId, number | null>;
const NONE: Ratings = { close: null, safe: null, heard: null };

interface CheckInFormProps {
  partner: PartnerSlot;
  name: string;
  otherName: string;
  onSaved: (checkIn: CheckIn) => void;
  onCancel: () => void;
}

/** One partner's check-in: three scales and a note. Nothing of the other partner's is on screen. */
export function CheckInForm({ partner, name, otherName, onSaved, onCancel }: CheckInFormProps) {
  const { t } = useT(['checkins', 'common']);
  const [ratings, setRatings] = useState<Ratings>(NONE);
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState<ScaleId[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const unanswered = SCALES.filter((scale) => ratings[scale.id] === null).map((scale) => scale.id);
    setMissing(unanswered);
    setProblem(null);
    const { close, safe, heard } = ratings;
    if (unanswered.length > 0 || close === null || safe === null || heard === null) {
      form.current?.querySelector<HTMLElement>(`[data-rating-first="${unanswered[0]}-${partner}"]`)?.focus();
      return;
    }
    setSaving(true);
    const result = await call('checkins.create', {
      partner,
      close,
      safe,
      heard,
      ...(note.trim() !== '' && { note }),
      at: writtenNow(),
    });
    setSaving(false);
    if (!result.ok) return setProblem(result.error.message);
    onSaved(result.value);
  };

  return (
    <form ref={form} className="card checkin-form" noValidate aria-labelledby="checkin-form-title" onSubmit={(event) => void save(event)}>
      <h2 id="checkin-form-title" ref={heading} tabIndex={-1}>
        {t('form.title', { name })}
      </h2>
      <p className="quiet">{t('form.intro', { name, other: otherName })}</p>
      {SCALES.map((scale) => (
        <RatingScale
          key={scale.id}
          name={`${scale.id}-${partner}`}
          question={scale.question}
          low={scale.low}
          high={scale.high}
          value={ratings[scale.id]}
          onChange={(value) => setRatings((shown) => ({ ...shown, [scale.id]: value }))}
          error={missing.includes(scale.id) && ratings[scale.id] === null ? scale.choose : null}
        />
      ))}
      <div className="field">
        <label htmlFor="checkin-note" className="field-label">
          <Trans t={t} i18nKey="form.note" components={{ optional: <span className="field-optional" /> }} />
        </label>
        <textarea
          id="checkin-note"
          className="text-area checkin-note"
          rows={3}
          maxLength={2000}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
      <ErrorMessage>{problem}</ErrorMessage>
      <StatusMessage>{saving ? t('saving') : null}</StatusMessage>
      <div className="button-row">
        <button type="submit" className="button button-primary" aria-disabled={saving || undefined}>
          {t('form.save')}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {t('common:cancel')}
        </button>
      </div>
    </form>
  );
}
