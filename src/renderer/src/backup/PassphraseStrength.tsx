import { useEffect, useMemo, useState } from 'react';
import { loadStrengthCheck, STRENGTH_ADVICE, STRENGTH_WORDS, type StrengthCheck } from './strength';

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * How hard the passphrase being typed would be to guess, in words. It describes the field
 * (aria-describedby) rather than being announced on every key. The estimator loads on
 * the first character typed.
 */
export function PassphraseStrength({ id, passphrase, names }: { id: string; passphrase: string; names: string[] }) {
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

  return (
    <div className="strength" data-score={score ?? undefined}>
      <span className="strength-meter" aria-hidden="true">
        {[1, 2, 3, 4].map((step) => (
          <span key={step} className={score !== null && score >= step ? 'strength-step strength-step-on' : 'strength-step'} />
        ))}
      </span>
      <p id={id} className="strength-words">
        {!typing ? (
          'As you type, Hearth says how hard the passphrase would be to guess.'
        ) : score !== null ? (
          <>
            <strong>{capitalised(STRENGTH_WORDS[score])}.</strong> {STRENGTH_ADVICE[score]}
          </>
        ) : failed ? (
          'Hearth could not estimate how hard this is to guess. A short sentence of five or more words is a safe choice.'
        ) : (
          'Estimating how hard it is to guess…'
        )}
      </p>
    </div>
  );
}
