import { useEffect, useRef, useState } from 'react';
import { call } from '../api';
import { useT } from '../i18n';
import { ErrorMessage, StatusMessage } from '../ui';
import { codeGroups, countdown } from './words';
import { useFocusAfterRender } from './use-focus-after-render';

interface Shown {
  code: string;
  expiresAt: number;
}

/**
 * A one-time code to type on the other computer: large, in groups, with the time it has left.
 * It lives in this component only, and goes when hidden, when it expires, or when a computer
 * joined with it (`joinedCount` grew).
 */
export function PairingCodePanel({ joinedCount }: { joinedCount: number }) {
  const { t } = useT('sync');
  const focusNext = useFocusAfterRender();
  const [shown, setShown] = useState<Shown | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const [problem, setProblem] = useState<string | null>(null);
  const [making, setMaking] = useState(false);
  const [news, setNews] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const showButton = useRef<HTMLButtonElement>(null);
  const countWhenShown = useRef(joinedCount);

  useEffect(() => {
    if (!shown) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [shown]);

  // The code works once: when the other computer has joined with it, it is spent.
  useEffect(() => {
    if (shown && joinedCount > countWhenShown.current) {
      setShown(null);
      setNews(t('pairing.joined'));
    }
  }, [joinedCount, shown, t]);

  const show = async () => {
    if (making) return;
    setProblem(null);
    setNews(null);
    setMaking(true);
    const result = await call('sync.pairingCode');
    setMaking(false);
    if (!result.ok) return setProblem(result.error.message);
    countWhenShown.current = joinedCount;
    setNow(Date.now());
    setShown(result.value);
    focusNext(() => heading.current);
  };

  const hide = () => {
    setShown(null);
    focusNext(() => showButton.current);
  };

  const expired = shown !== null && now >= shown.expiresAt;
  return (
    <div className="sync-pairing">
      <ErrorMessage>{problem}</ErrorMessage>
      <StatusMessage>{news}</StatusMessage>
      {shown ? (
        <div className="sync-pairing-code" role="group" aria-labelledby="sync-pairing-title">
          <h3 id="sync-pairing-title" ref={heading} tabIndex={-1}>
            {t('pairing.title')}
          </h3>
          {expired ? (
            <p>{t('pairing.expired')}</p>
          ) : (
            <>
              <p>{t('pairing.how')}</p>
              <ol className="sync-code" aria-label={t('pairing.groups')}>
                {codeGroups(shown.code).map((group, index) => (
                  <li key={index}>{group}</li>
                ))}
              </ol>
              <p role="timer" className="quiet">
                {t('pairing.expiresIn', { time: countdown(shown.expiresAt, now) })}
              </p>
            </>
          )}
          <div className="button-row">
            {expired ? (
              <button type="button" className="button" aria-disabled={making || undefined} onClick={() => void show()}>
                {t('pairing.showNew')}
              </button>
            ) : null}
            <button type="button" className="button button-quiet" onClick={hide}>
              {t('pairing.hide')}
            </button>
          </div>
        </div>
      ) : (
        <button ref={showButton} type="button" className="button" aria-disabled={making || undefined} onClick={() => void show()}>
          {making ? t('pairing.making') : t('pairing.show')}
        </button>
      )}
    </div>
  );
}
