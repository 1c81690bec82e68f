import { Trans } from 'react-i18next';
import { useT } from '../i18n';
import { MOODS } from './moods';

/** "How do you feel?" as one radio group: the composer and the edit form ask it the same way. */
export function MoodChoice({ name, mood, onChange }: { name: string; mood: number | null; onChange: (mood: number | null) => void }) {
  const { t } = useT('ui');
  return (
    <fieldset className="fieldset">
      <legend className="fieldset-legend">
        <Trans t={t} i18nKey="moodQuestion" components={{ optional: <span className="field-optional" /> }} />
      </legend>
      <div className="choices">
        {[{ value: null, word: t('moodNotSaying') }, ...MOODS].map(({ value, word }) => (
          <label key={word} className="choice">
            <input type="radio" name={name} checked={mood === value} onChange={() => onChange(value)} />
            {word}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
