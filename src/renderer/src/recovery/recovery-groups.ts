/** The five groups of a recovery code as main formats it ("7K3QZ-…"). */
export const recoveryGroups = (code: string): string[] => code.split('-');

/** Two different group positions (1-based, in order), chosen at random for the check. */
export function pickTwoGroups(count: number, random: (n: number) => number = randomBelow): [number, number] {
  const first = random(count);
  const second = (first + 1 + random(count - 1)) % count;
  const [low, high] = first < second ? [first, second] : [second, first];
  return [low + 1, high + 1];
}

function randomBelow(n: number): number {
  const [value] = crypto.getRandomValues(new Uint32Array(1));
  return value! % n;
}

/** What a person types, read as main reads a code: any case, spaces or dashes, O for 0, I or L for 1. */
export const normaliseGroup = (typed: string): string =>
  typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');

export const isSameGroup = (typed: string, group: string): boolean => normaliseGroup(typed) === group;
