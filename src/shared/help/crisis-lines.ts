// Emergency numbers and crisis lines for the offline help page. Each one was confirmed by
// the lead before it was added: a wrong number is worse than none, so add nothing unchecked,
// and move `checkedOn` forward only after checking the number again.
// Runs in every layer: imports zod only (no node, no DOM).
import { z } from 'zod';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day written as YYYY-MM-DD (so "2026-02-30" is refused). */
export function isCalendarDay(text: string): boolean {
  if (!ISO_DAY.test(text)) return false;
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
}

export const HelpKind = z.enum(['emergency', 'crisis', 'domestic-abuse']);
export type HelpKind = z.infer<typeof HelpKind>;

export const CrisisLine = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  kind: HelpKind,
  /** Where it answers, as people say it ("United Kingdom and Ireland"). */
  country: z.string().trim().min(1),
  /** ISO 3166 codes, or EU for the whole European Union. */
  regions: z.array(z.string().regex(/^(?:[A-Z]{2}|EU)$/)).min(1),
  service: z.string().trim().min(1),
  /** Digits as the service publishes them, spaces and dashes kept. */
  number: z.string().regex(/^\d[\d -]*\d$|^\d+$/, 'A number has digits, spaces and dashes only.'),
  /** Another number that reaches the same help (112 beside 999). */
  alsoNumber: z
    .string()
    .regex(/^\d[\d -]*\d$|^\d+$/)
    .optional(),
  /** You can text the same number. */
  text: z.boolean(),
  /** The service also offers an online chat (named, never linked: Hearth loads nothing remote). */
  chat: z.boolean(),
  /** Said as "free" only where the service itself says so; false means the page says nothing about cost. */
  free: z.boolean(),
  hours: z.string().trim().min(1),
  checkedOn: z.string().refine(isCalendarDay, 'checkedOn must be a calendar day, YYYY-MM-DD.'),
});
export type CrisisLine = z.infer<typeof CrisisLine>;

export const CrisisLines = z.array(CrisisLine).superRefine((lines, ctx) => {
  const ids = new Set<string>();
  const calls = new Set<string>();
  lines.forEach((line, index) => {
    const call = `${line.kind}|${line.country}|${line.number.replace(/\D/g, '')}`;
    if (ids.has(line.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `Duplicate id "${line.id}".` });
    if (calls.has(call)) ctx.addIssue({ code: 'custom', path: [index], message: `"${line.id}" repeats another entry.` });
    ids.add(line.id);
    calls.add(call);
  });
});

const CHECKED_ON = '2026-12-05';
const ALWAYS = '24 hours, every day';

const emergency = (id: string, country: string, regions: string[], number: string, alsoNumber?: string) => ({
  id,
  kind: 'emergency' as const,
  country,
  regions,
  service: 'Emergency services',
  number,
  ...(alsoNumber && { alsoNumber }),
  text: false,
  chat: false,
  free: false,
  hours: ALWAYS,
  checkedOn: CHECKED_ON,
});

export const CRISIS_LINES: readonly CrisisLine[] = CrisisLines.parse([
  emergency('emergency-us', 'United States', ['US'], '911'),
  emergency('emergency-ca', 'Canada', ['CA'], '911'),
  emergency('emergency-gb', 'United Kingdom', ['GB'], '999', '112'),
  emergency('emergency-ie', 'Ireland', ['IE'], '112', '999'),
  emergency('emergency-au', 'Australia', ['AU'], '000'),
  emergency('emergency-nz', 'New Zealand', ['NZ'], '111'),
  emergency('emergency-eu', 'European Union', ['EU'], '112'),
  {
    id: 'crisis-us-988',
    kind: 'crisis',
    country: 'United States',
    regions: ['US'],
    service: '988 Suicide & Crisis Lifeline',
    number: '988',
    text: true,
    chat: true,
    free: false,
    hours: ALWAYS,
    checkedOn: CHECKED_ON,
  },
  {
    id: 'crisis-ca-988',
    kind: 'crisis',
    country: 'Canada',
    regions: ['CA'],
    service: '9-8-8 Suicide Crisis Helpline',
    number: '988',
    text: true,
    chat: false,
    free: false,
    hours: ALWAYS,
    checkedOn: CHECKED_ON,
  },
  {
    id: 'crisis-gb-ie-samaritans',
    kind: 'crisis',
    country: 'United Kingdom and Ireland',
    regions: ['GB', 'IE'],
    service: 'Samaritans',
    number: '116 123',
    text: false,
    chat: false,
    free: true,
    hours: ALWAYS,
    checkedOn: CHECKED_ON,
  },
  {
    id: 'crisis-au-lifeline',
    kind: 'crisis',
    country: 'Australia',
    regions: ['AU'],
    service: 'Lifeline',
    number: '13 11 14',
    text: false,
    chat: false,
    free: false,
    hours: ALWAYS,
    checkedOn: CHECKED_ON,
  },
  {
    id: 'crisis-nz-1737',
    kind: 'crisis',
    country: 'New Zealand',
    regions: ['NZ'],
    service: 'Need to Talk?',
    number: '1737',
    text: true,
    chat: false,
    free: true,
    hours: ALWAYS,
    checkedOn: CHECKED_ON,
  },
  {
    id: 'abuse-us-ndvh',
    kind: 'domestic-abuse',
    country: 'United States',
    regions: ['US'],
    service: 'National Domestic Violence Hotline',
    number: '1-800-799-7233',
    text: false,
    chat: false,
    free: false,
    hours: ALWAYS,
    checkedOn: CHECKED_ON,
  },
  {
    id: 'abuse-gb-helpline',
    kind: 'domestic-abuse',
    // This helpline serves England; Scotland, Wales and Northern Ireland run their own, which
    // we leave to the directory rather than list from memory.
    country: 'England',
    regions: ['GB'],
    service: 'National Domestic Abuse Helpline',
    number: '0808 2000 247',
    text: false,
    chat: false,
    free: true,
    hours: ALWAYS,
    checkedOn: CHECKED_ON,
  },
  {
    id: 'abuse-au-1800respect',
    kind: 'domestic-abuse',
    country: 'Australia',
    regions: ['AU'],
    service: '1800RESPECT',
    number: '1800 737 732',
    text: false,
    chat: false,
    free: false,
    hours: ALWAYS,
    checkedOn: CHECKED_ON,
  },
]);

/** For every other country: the one address on the page, shown as words, never opened. */
export const HELPLINE_DIRECTORY = {
  name: 'Find A Helpline',
  address: 'findahelpline.com',
  checkedOn: CHECKED_ON,
} as const;
