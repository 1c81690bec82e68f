import { useState } from 'react';
import { AUTO_LOCK_CHOICES } from '../../../shared/ipc/features/vault';
import { call } from '../api';
import { useT } from '../i18n';
import { ErrorMessage, StatusMessage } from '../ui';

/** How long the open journal may sit untouched before it locks itself. */
export function AutoLockSettings({ minutes, onChanged }: { minutes: number; onChanged: (minutes: number) => void }) {
  const { t } = useT('settings');
  const choiceLabel = (choice: number): string =>
    choice === 0
      ? t('autoLock.never')
      : choice % 60 === 0
        ? t('autoLock.hours', { count: choice / 60 })
        : t('autoLock.minutes', { count: choice });
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
        ? t('autoLock.savedNever')
        : t('autoLock.saved', { choice: choiceLabel(result.value.autoLockMinutes) }),
    );
  };

  return (
    <section className="card settings-section" aria-labelledby="settings-auto-lock">
      <h2 id="settings-auto-lock">{t('autoLock.title')}</h2>
      <div className="field">
        <label htmlFor="auto-lock-minutes" className="field-label">
          {t('autoLock.label')}
        </label>
        <p id="auto-lock-hint" className="field-hint">
          {t('autoLock.hint')}
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
              {m === 5 ? t('autoLock.usual', { choice: choiceLabel(m) }) : choiceLabel(m)}
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
