/**
 * How hard a passphrase is to guess, estimated by zxcvbn-ts. Its dictionaries are a few
 * megabytes, so they are loaded only when someone starts typing a backup passphrase (Vite
 * puts each dynamic import in its own chunk, served by the app like any other script).
 */

export type StrengthScore = 0 | 1 | 2 | 3 | 4;

/** zxcvbn's score in words: no numbers, no red, never a verdict on the person. */
export const STRENGTH_WORDS: Record<StrengthScore, string> = {
  0: 'very easy to guess',
  1: 'easy to guess',
  2: 'fairly hard to guess',
  3: 'hard to guess',
  4: 'very hard to guess',
};

/** One gentle next step for each score. */
export const STRENGTH_ADVICE: Record<StrengthScore, string> = {
  0: 'Add a few more words: a short sentence only the two of you would think of.',
  1: 'Add a few more words: a short sentence only the two of you would think of.',
  2: 'Another word or two would make it much harder to guess.',
  3: 'A good choice.',
  4: 'A good choice.',
};

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
