import { describe, expect, it } from 'vitest';
import { CRISIS_LINES, CrisisLines, HELPLINE_DIRECTORY, isCalendarDay } from '../../../../src/shared/help';

// A fixed "today", so the test says the same thing on any day it runs.
const TODAY = '2026-12-05';

/**
 * Every number the lead confirmed, by service. A number that is not here was never checked,
 * and a wrong crisis number is worse than none: adding one means checking it and adding it here.
 */
const CONFIRMED: Record<string, string[]> = {
  'Emergency services': ['911', '999', '112', '000', '111'],
  '988 Suicide & Crisis Lifeline': ['988'],
  '9-8-8 Suicide Crisis Helpline': ['988'],
  Samaritans: ['116 123'],
  Lifeline: ['13 11 14'],
  'Need to Talk?': ['1737'],
  'National Domestic Violence Hotline': ['1-800-799-7233'],
  'National Domestic Abuse Helpline': ['0808 2000 247'],
  '1800RESPECT': ['1800 737 732'],
};

describe('crisis lines', () => {
  it('every entry has a service, a number and a checked-on day that is real and not in the future', () => {
    expect(CRISIS_LINES.length).toBeGreaterThan(0);
    for (const line of CRISIS_LINES) {
      expect(line.service.trim(), line.id).not.toBe('');
      expect(line.number, line.id).toMatch(/\d/);
      expect(isCalendarDay(line.checkedOn), `${line.id} checkedOn ${line.checkedOn}`).toBe(true);
      expect(line.checkedOn <= TODAY, `${line.id} checkedOn ${line.checkedOn} is after ${TODAY}`).toBe(true);
    }
    expect(isCalendarDay(HELPLINE_DIRECTORY.checkedOn) && HELPLINE_DIRECTORY.checkedOn <= TODAY).toBe(true);
  });

  it('lists no entry twice', () => {
    const ids = CRISIS_LINES.map((line) => line.id);
    expect(new Set(ids).size).toBe(ids.length);
    const calls = CRISIS_LINES.map((line) => `${line.kind} ${line.country} ${line.number.replace(/\D/g, '')}`);
    expect(new Set(calls).size).toBe(calls.length);
  });

  it('holds only numbers that were confirmed, each under its own service', () => {
    for (const line of CRISIS_LINES) {
      expect(CONFIRMED[line.service], `${line.service} was never confirmed`).toBeDefined();
      expect(CONFIRMED[line.service], line.id).toContain(line.number);
      if (line.alsoNumber) expect(CONFIRMED[line.service], line.id).toContain(line.alsoNumber);
    }
  });

  it('covers every region the help page promises', () => {
    const has = (kind: string, region: string) =>
      CRISIS_LINES.some((line) => line.kind === kind && line.regions.includes(region));
    for (const region of ['US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'EU']) expect(has('emergency', region), region).toBe(true);
    for (const region of ['US', 'CA', 'GB', 'IE', 'AU', 'NZ']) expect(has('crisis', region), region).toBe(true);
    expect(HELPLINE_DIRECTORY.address).toBe('findahelpline.com');
  });

  it('refuses an entry with no checked-on day, an impossible day, or a repeat', () => {
    const good = CRISIS_LINES[0]!;
    const { checkedOn: _dropped, ...undated } = good;
    expect(CrisisLines.safeParse([undated]).success).toBe(false);
    expect(CrisisLines.safeParse([{ ...good, checkedOn: '2026-02-30' }]).success).toBe(false);
    expect(CrisisLines.safeParse([{ ...good, number: '' }]).success).toBe(false);
    expect(CrisisLines.safeParse([good, { ...good, id: 'another-id' }]).success).toBe(false);
    expect(CrisisLines.safeParse([good]).success).toBe(true);
  });
});
