import { MOODS } from './moods';

/** "How do you feel?" as one radio group: the composer and the edit form ask it the same way. */
export function MoodChoice({ name, mood, onChange }: { name: string; mood: number | null; onChange: (mood: number | null) => void }) {
  return (
    <fieldset className="fieldset">
      <legend className="fieldset-legend">
        How do you feel? <span className="field-optional">(optional)</span>
      </legend>
      <div className="choices">
        {[{ value: null, word: 'Not saying' }, ...MOODS].map(({ value, word }) => (
          <label key={word} className="choice">
            <input type="radio" name={name} checked={mood === value} onChange={() => onChange(value)} />
            {word}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
