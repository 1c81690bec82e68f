/**
 * How hard a passphrase is to guess, estimated by zxcvbn-ts. Its dictionaries are a few
 * megabytes, so they are loaded only when someone starts typing a backup passphrase (Vite
 * puts each dynamic import in its own chunk, served by the app like any other script).
 */

import { t } from '../i18n';

export type StrengthScore = 0 | 1 | 2 | 3 | 4;

const VERDICTS = ['veryEasy', 'easy', 'fairlyHard', 'hard', 'veryHard'] as const;
const ADVICE = ['addWords', 'addWords', 'anotherWord', 'good', 'good'] as const;

/**
 * zxcvbn's score in words (no numbers, no red, never a verdict on the person), and one
 * gentle next step: "Fairly hard to guess." "Another word or two would make it much harder to guess."
 */
export const strengthInWords = (score: StrengthScore): { verdict: string; advice: string } => ({
  verdict: t(`backup:strength.${VERDICTS[score]}`),
  advice: t(`backup:strength.${ADVICE[score]}`),
});

export type StrengthCheck = (passphrase: string, userInputs: string[]) => StrengthScore;

let loading: Promise<StrengthCheck> | null = null;

/** Loads zxcvbn and its common and English dictionaries once; later calls share the same promise. */
export function loadStrengthCheck(): Promise<StrengthCheck> {
  loading ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common'), import('@zxcvbn-ts/language-en')]).then(
    ([core, common, en]) => {
      const zxcvbn = new core.ZxcvbnFactory({
        dictionary: { ...common.dictionary, ...en.dictionary },
        graphs: common.adjacencyGraphs,
        translations: en.translations,
      });
      // Very long input makes matching slow and says nothing more: the first 100 characters decide.
      return (passphrase, userInputs) => zxcvbn.check(passphrase.slice(0, 100), userInputs).score as StrengthScore;
    },
  );
  // A failed load (it should not happen: the chunks ship with the app) may be tried again.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
