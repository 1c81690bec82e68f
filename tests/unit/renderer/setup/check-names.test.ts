import { describe, expect, it } from 'vitest';
import { checkNames, sameName } from '../../../../src/renderer/src/setup/check-name';

describe('the two partners’ names', () => {
  it('are the same whatever the capitals and spaces', () => {
    expect(sameName('Ada', 'ada')).toBe(true);
    expect(sameName(' Ada ', 'ADA')).toBe(true);
    expect(sameName('Mary Ann', 'maryann')).toBe(true);
    expect(sameName('Ada', 'Adam')).toBe(false);
  });

  it('refuses a second name that is the first one again, on the second field only', () => {
    const [first, second] = checkNames(['Ada', ' ADA']);
    expect(first).toBeNull();
    expect(second).toMatch(/same name/);
    expect(checkNames(['Ada', 'Bo'])).toEqual([null, null]);
  });

  it('says a missing name is missing before comparing', () => {
    expect(checkNames(['', ''])).toEqual(['Please write a name here.', 'Please write a name here.']);
  });
});
