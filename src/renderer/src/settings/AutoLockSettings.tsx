import { useState } from 'react';
import { AUTO_LOCK_CHOICES } from '../../../shared/ipc/features/vault';
import { call } from '../api';
import { ErrorMessage, StatusMessage } from '../ui';

const choiceLabel = (minutes: number): string =>
  minutes === 0 ? 'Never' : minutes === 60 ? '1 hour' : minutes === 1 ? '1 minute' : `${minutes} minutes`;

/** How long the open journal may sit untouched before it locks itself. */
export function AutoLockSettings({ minutes, onChanged }: { minutes: number; onChanged: (minutes: number) => void }) {
  const [chosen, setChosen] = useState(minutes);
  const [news, setNews] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const choose = async (value: number) => {
    const previous = chosen;
    setChosen(value);
    setNews(null);
    setProblem(null);
    const result = await call('settings.update', { autoLockMinutes: value });
    if (!result.ok) {
      setChosen(previous);
      return setProblem(result.error.message);
    }
    setChosen(result.value.autoLockMinutes);
    onChanged(result.value.autoLockMinutes);
    setNews(
      result.value.autoLockMinutes === 0
        ? 'Saved. Hearth will not lock by itself while it is open; lock it when you step away.'
        : `Saved. Hearth locks after ${choiceLabel(result.value.autoLockMinutes)} without use.`,
    );
  };

  return (
    <section className="card settings-section" aria-labelledby="settings-auto-lock">
      <h2 id="settings-auto-lock">Locking by itself</h2>
      <div className="field">
        <label htmlFor="auto-lock-minutes" className="field-label">
          Lock the journal when no one has used it for
        </label>
        <p id="auto-lock-hint" className="field-hint">
          Any key, click or scroll counts as use. Hearth also locks when the computer goes to sleep.
        </p>
        <select
          id="auto-lock-minutes"
          className="select"
          value={chosen}
          onChange={(event) => void choose(Number(event.target.value))}
          aria-describedby="auto-lock-hint"
        >
          {AUTO_LOCK_CHOICES.filter((m) => m !== 0).map((m) => (
            <option key={m} value={m}>
              {choiceLabel(m)}
              {m === 5 ? ' (the usual)' : ''}
            </option>
          ))}
          <option value={0}>{choiceLabel(0)}</option>
        </select>
      </div>
      <ErrorMessage>{problem}</ErrorMessage>
      <StatusMessage>{news}</StatusMessage>
    </section>
  );
}
