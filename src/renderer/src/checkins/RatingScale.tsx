import { locale, useT } from '../i18n';
import { RATINGS } from './words';

interface RatingScaleProps {
  name: string;
  question: string;
  low: string;
  high: string;
  value: number | null;
  onChange: (value: number) => void;
  error: string | null;
}

/**
 * A 1–5 scale as a radio group: arrow keys move along it, and the words at its ends are
 * part of the first and last choices' names, so a screen reader hears what 1 and 5 mean.
 */
export function RatingScale({ name, question, low, high, value, onChange, error }: RatingScaleProps) {
  const { t } = useT('checkins');
  const errorId = `${name}-error`;
  return (
    <fieldset className="fieldset rating" aria-describedby={error ? errorId : undefined}>
      <legend className="fieldset-legend rating-question">{question}</legend>
      <div className="rating-scale">
        {RATINGS.map((rating) => (
          <label key={rating} className="rating-choice">
            <input
              type="radio"
              name={name}
              value={rating}
              checked={value === rating}
              onChange={() => onChange(rating)}
              data-rating-first={rating === 1 ? name : undefined}
            />
            <span className="rating-number">{rating}</span>
            {rating === 1 ? <span className="visually-hidden">{t('scaleEnd', { word: low.toLocaleLowerCase(locale) })}</span> : null}
            {rating === 5 ? <span className="visually-hidden">{t('scaleEnd', { word: high.toLocaleLowerCase(locale) })}</span> : null}
          </label>
        ))}
      </div>
      <div className="rating-ends" aria-hidden="true">
        <span>{low}</span>
        <span>{high}</span>
      </div>
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
