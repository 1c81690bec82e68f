import { useEffect, useMemo, useState } from 'react';
import { useT } from '../i18n';
import { loadStrengthCheck, strengthInWords, type StrengthCheck } from './strength';

/**
 * How hard the passphrase being typed would be to guess, in words. It describes the field
 * (aria-describedby) rather than being announced on every key. The estimator loads on
 * the first character typed.
 */
export function PassphraseStrength({ id, passphrase, names }: { id: string; passphrase: string; names: string[] }) {
  const { t } = useT('backup');
  const [check, setCheck] = useState<StrengthCheck | null>(null);
  const [failed, setFailed] = useState(false);
  const typing = passphrase !== '';

  useEffect(() => {
    if (!typing || check) return;
    let current = true;
    loadStrengthCheck().then(
      (loaded) => current && setCheck(() => loaded),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [typing, check]);

  const score = useMemo(() => (check && typing ? check(passphrase, names) : null), [check, typing, passphrase, names]);
  const said = score === null ? null : strengthInWords(score);

  return (
    <div className="strength" data-score={score ?? undefined}>
      <span className="strength-meter" aria-hidden="true">
        {[1, 2, 3, 4].map((step) => (
          <span key={step} className={score !== null && score >= step ? 'strength-step strength-step-on' : 'strength-step'} />
        ))}
      </span>
      <p id={id} className="strength-words">
        {!typing ? (
          t('strength.before')
        ) : said ? (
          <>
            <strong>{said.verdict}</strong> {said.advice}
          </>
        ) : failed ? (
          t('strength.failed')
        ) : (
          t('strength.estimating')
        )}
      </p>
    </div>
  );
}
