/**
 * A seeded generator of realistic couple journals, as a backup document (the journal's own
 * portable shape), so every engine is built from exactly the same rows.
 *
 * Two partners over a span of days that grows with the size (1,000 entries ≈ one year of
 * daily use; 10,000 ≈ ten years; 100,000 = the stress size: ten years at ten times the pace).
 * Entries of varied length (short notes, paragraphs, long letters) from a Zipf-distributed
 * vocabulary with accents, CJK and emoji; tags; moods; some back-dated, edited or in the
 * trash; reflections linked to completed exercise sessions (real catalogue ids and themes);
 * both partners' check-ins on most days. Same seed and size, same document, byte for byte.
 */
import { CATALOGUE } from '../src/shared/exercises';
import type { BackupDocument } from '../src/main/core/backup/document';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../src/main/core/backup/document';
import { latestSchemaVersion } from '../src/main/core/db/migrate';
import { mulberry32 } from '../src/shared/seeded';

export type Journal = BackupDocument;
type Entry = Journal['entries'][number];
type Session = Journal['sessions'][number];
type CheckIn = Journal['checkIns'][number];

const DAY = 86_400_000;
/** The last day of every generated journal; fixed, so runs on different days measure the same data. */
export const TODAY = '2026-11-24';
export const TODAY_MS = Date.parse(`${TODAY}T00:00:00Z`);
export const PASSPHRASE = 'a quiet evening by the hearth, 2026';


const COMMON = (
  'the and to a i we it of in was that you my me for on with but so our he she today just ' +
  'felt about really time after when like what all this had were at from not be more have there ' +
  'feel know think talked back home evening morning night dinner walk work'
).split(' ');
const JOURNAL = (
  'together grateful tired argued laughed kitchen coffee breakfast weekend garden rain sunshine ' +
  'listened quiet patient hug kiss sorry forgave promise plan trip train beach mountain forest ' +
  'city museum movie book music song dance cooked pasta soup bread market groceries dishes laundry ' +
  'budget rent money job boss meeting deadline stress anxious calm happy sad angry lonely close ' +
  'distant honest trust safe heard understood noticed appreciated surprised gift birthday ' +
  'anniversary holiday christmas family mother father sister brother friends neighbours dog cat ' +
  'doctor headache sleep dream woke early late phone message call letter photo memory remember ' +
  'future children house move garden bike run swim yoga stretch bath candle fire blanket sofa ' +
  'balcony window snow spring summer autumn winter hospital wedding funeral promotion exam ' +
  'therapy counsellor boundaries space apology repair conflict compromise decision worry hope ' +
  'proud lantern harbour orchard meadow violin pottery'
).split(' ');
const ACCENTED = 'café naïve résumé jalapeño über façade fiancée crème brûlée São Paulo Zoë Mateo smörgåsbord piñata déjà vu'.split(' ');
const OTHER_SCRIPTS = ['日本語', '東京', 'こんにちは', 'спасибо', 'Москва', 'ευχαριστώ', 'שלום', 'مرحبا', '안녕하세요'];
const EMOJI = ['❤️', '🌻', '😂', '🍝', '☕', '🌧️', '🎉', '🙃', '😴', '🥰', '🏔️', '🐶', '👩‍❤️‍👨', '✈️', '🕯️', '🔥'];
const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'ten', 'so', 'vi', 'dar', 'el', 'nu', 'po', 'ris', 'an', 'bel', 'cor', 'di', 'fen', 'gal'];
const TAGS = [
  'us', 'home', 'trip', 'hard', 'funny', 'grateful', 'family', 'work', 'money', 'health', 'weekend',
  'date-night', 'kids', 'friends', 'repair', 'milestone', 'cooking', 'rainy-day', 'voyage ✈️', 'ünïcode',
  'anniversary', 'garden', 'music', 'first-year', 'big-talk', 'small-wins', 'sleep', 'move', 'pets', 'holidays',
];
const PARTNERS: [string, string] = ['Zoë', 'Mateo 🌻'];

export interface JournalStats {
  entries: number;
  checkIns: number;
  sessions: number;
  tags: number;
  days: number;
  plaintextBytes: number;
}

/** Words by frequency rank: the common function words, then journal words, then a long tail. */
function buildVocabulary(random: () => number): string[] {
  const tail = new Set<string>();
  while (tail.size < 6000) {
    const n = 2 + Math.floor(random() * 3);
    tail.add(Array.from({ length: n }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join(''));
  }
  return [...COMMON, ...JOURNAL, ...ACCENTED, ...OTHER_SCRIPTS, ...tail];
}

function uuid(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(random() * 4)]!;
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const dayOf = (utc: number, offsetMinutes: number) => new Date(utc + offsetMinutes * 60_000).toISOString().slice(0, 10);

/** How many days a journal of this size spans: daily use (≈2.7 entries a day), at most ten years. */
export const spanDays = (entries: number) => Math.max(30, Math.min(3650, Math.round(entries / 2.74)));

export function generateJournal(entryCount: number, seed = 20261124): Journal {
  const random = mulberry32(seed ^ entryCount);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const chance = (p: number) => random() < p;
  const between = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const vocabulary = buildVocabulary(random);
  // Zipf-like, as in real text: half the words are the ~50 function words, a third everyday
  // journal words, the rest a long tail (rank r drawn with probability ~ 1/r).
  const zipf = (n: number) => Math.min(n - 1, Math.floor(Math.exp(random() * Math.log(n + 1)) - 1));
  const word = () => {
    const r = random();
    if (r < 0.5) return COMMON[zipf(COMMON.length)]!;
    if (r < 0.83) return JOURNAL[zipf(JOURNAL.length)]!;
    return vocabulary[zipf(vocabulary.length)]!;
  };

  const sentence = () => {
    const words = Array.from({ length: between(4, 18) }, word);
    if (chance(0.08)) words.splice(between(0, words.length), 0, pick(EMOJI));
    if (chance(0.03)) words.splice(between(0, words.length), 0, pick(ACCENTED));
    const text = words.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}${pick(['.', '.', '.', '!', '?', '…'])}`;
  };
  const body = (): string => {
    // A quarter short notes, half a paragraph or three, a fifth long letters.
    const r = random();
    const target = r < 0.25 ? between(20, 150) : r < 0.8 ? between(200, 900) : between(1000, 2600);
    const paragraphs: string[] = [];
    let length = 0;
    while (length < target) {
      const paragraph: string[] = [];
      for (let s = between(1, 5); s > 0 && length < target; s -= 1) {
        const next = sentence();
        paragraph.push(next);
        length += next.length + 1;
      }
      paragraphs.push(paragraph.join(' '));
    }
    return paragraphs.join('\n\n');
  };
  const tags = (): string[] => {
    const n = random() < 0.55 ? 0 : random() < 0.7 ? 1 : between(2, 3);
    const chosen = new Set<string>();
    // Tags are Zipf too: a few in constant use, many occasional ones.
    while (chosen.size < n) chosen.add(TAGS[Math.min(TAGS.length - 1, Math.floor(random() ** 2 * TAGS.length))]!);
    return [...chosen];
  };
  const offset = () => (chance(0.9) ? 60 : pick([-300, 0, 120, 540, 780]));

  const days = spanDays(entryCount);
  const firstDay = TODAY_MS - (days - 1) * DAY;
  const sessions: Session[] = [];
  const entries: Entry[] = [];
  const checkIns: CheckIn[] = [];
  const completed = CATALOGUE.filter((e) => e.theme !== 'professional-help');

  // Exercise sessions: about one a week, evenings; most completed with reflections.
  for (let d = 0; d < days; d += 1) {
    if (!chance(0.15)) continue;
    const exercise = pick(completed);
    const off = offset();
    const startedAt = firstDay + d * DAY + between(18, 21) * 3_600_000 + between(0, 59) * 60_000 - off * 60_000;
    const done = startedAt + between(10, 45) * 60_000;
    const status: Session['status'] = d >= days - 3 ? 'in-progress' : chance(0.06) ? 'abandoned' : 'completed';
    const feelings = { a: status === 'completed' ? between(2, 5) : null, b: status === 'completed' ? between(2, 5) : null };
    const session: Session = {
      id: uuid(random),
      exerciseId: exercise.id,
      theme: exercise.theme,
      status,
      stepIndex: status === 'completed' ? exercise.steps.length - 1 : between(0, exercise.steps.length - 1),
      state: JSON.stringify({ firstSpeaker: pick(['a', 'b']), feelings }),
      startedAt,
      updatedAt: status === 'in-progress' ? startedAt : done,
      completedAt: status === 'completed' ? done : null,
      completedDay: status === 'completed' ? dayOf(done, off) : null,
    };
    sessions.push(session);
    if (status !== 'completed') continue;
    for (const author of ['a', 'b'] as const) {
      if (!chance(0.6) || entries.length >= entryCount * 0.2) continue;
      entries.push({
        uid: uuid(random),
        author,
        kind: 'reflection',
        body: body(),
        mood: feelings[author],
        tags: chance(0.2) ? ['repair'] : [],
        sessionId: session.id,
        createdAt: done,
        updatedAt: done,
        day: dayOf(done, off),
        deletedAt: null,
      });
    }
  }

  // Free entries, spread over the days, mostly written on the day at a plausible hour.
  const free = entryCount - entries.length;
  for (let i = 0; i < free; i += 1) {
    const d = Math.min(days - 1, Math.floor(((i + random()) / free) * days));
    const off = offset();
    let createdAt = firstDay + d * DAY + between(6, 23) * 3_600_000 + between(0, 3_599_999) - off * 60_000;
    // One in thirty is written later about an earlier day (back-dated, up to two months).
    if (chance(1 / 30)) createdAt -= between(1, 60) * DAY;
    createdAt = Math.max(firstDay, createdAt);
    const edited = chance(0.1) ? createdAt + between(1, 72) * 3_600_000 : createdAt;
    entries.push({
      uid: uuid(random),
      author: pick(['a', 'a', 'b', 'b', 'both']),
      kind: 'free',
      body: body(),
      mood: chance(0.3) ? null : between(1, 5),
      tags: tags(),
      sessionId: null,
      createdAt,
      updatedAt: Math.min(edited, TODAY_MS + DAY - 1),
      day: dayOf(createdAt, off),
      deletedAt: chance(0.01) ? Math.min(edited + between(1, 30) * DAY, TODAY_MS) : null,
    });
  }
  // Time order, as the journal keeps them (ids are moments).
  entries.sort((x, y) => x.createdAt - y.createdAt);

  // Check-ins: each partner on most evenings, ratings around "fairly good", sometimes a note.
  for (let d = 0; d < days; d += 1) {
    for (const partner of ['a', 'b'] as const) {
      if (!chance(0.55)) continue;
      const off = offset();
      const createdAt = firstDay + d * DAY + between(20, 22) * 3_600_000 + between(0, 3_599_999) - off * 60_000;
      const mood = between(1, 5);
      const rate = () => Math.max(1, Math.min(5, mood + between(-1, 1)));
      checkIns.push({
        uid: uuid(random),
        partner,
        close: rate(),
        safe: rate(),
        heard: rate(),
        note: chance(0.3) ? sentence() : null,
        createdAt,
        day: dayOf(createdAt, off),
      });
    }
  }
  checkIns.sort((x, y) => x.createdAt - y.createdAt);

  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    appVersion: '0.1.0',
    schemaVersion: latestSchemaVersion(),
    exportedAt: new Date(TODAY_MS).toISOString(),
    partners: [
      { slot: 'a', name: PARTNERS[0], createdAt: firstDay },
      { slot: 'b', name: PARTNERS[1], createdAt: firstDay },
    ],
    settings: [{ key: 'autoLockMinutes', value: '15' }],
    sessions,
    entries,
    checkIns,
    // The deck (migration 0040) is not generated: no question marked yet.
    deckMarks: [],
  };
}

export function journalStats(journal: Journal): JournalStats {
  return {
    entries: journal.entries.length,
    checkIns: journal.checkIns.length,
    sessions: journal.sessions.length,
    tags: journal.entries.reduce((n, e) => n + e.tags.length, 0),
    days: spanDays(journal.entries.length),
    plaintextBytes: Buffer.byteLength(JSON.stringify(journal)),
  };
}

/** A new entry for the save workload: a typical paragraph, written "now" (the end of the journal). */
export function newEntryBody(i: number): string {
  return (
    `Entry ${i} written during the benchmark. We walked to the harbour after dinner and talked about the ` +
    `week: the good parts, the hard parts, and what we want to try next. Zoë laughed at the ducks 🦆; ` +
    `Mateo remembered the café in São Paulo. Grateful for a calm evening together.`
  );
}

/**
 * Search queries with varied words, seeded: very common, everyday, uncommon and rare words by
 * their frequency in this journal, prefixes as someone types, two-word queries, accented and
 * non-Latin words, emoji-adjacent words, and words that match nothing (a typo: every engine
 * learns "no" its own way).
 */
export function searchQueries(journal: Journal, count: number, seed = 7): string[] {
  const random = mulberry32(seed);
  const frequency = new Map<string, number>();
  const sample = journal.entries.length > 4000 ? journal.entries.filter((_, i) => i % Math.ceil(journal.entries.length / 4000) === 0) : journal.entries;
  for (const e of sample) {
    for (const w of e.body.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w.length > 1) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  }
  const ranked = [...frequency.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([w]) => w);
  const band = (from: number, to: number) => ranked[Math.min(ranked.length - 1, from + Math.floor(random() * Math.max(1, Math.min(to, ranked.length) - from)))]!;
  const kinds: (() => string)[] = [
    () => band(0, 20), // very common: most entries match
    () => band(20, 200), // everyday words
    () => band(20, 200),
    () => band(200, 1500), // uncommon
    () => band(1500, ranked.length), // rare: a handful of entries
    () => band(20, 400).slice(0, 3 + Math.floor(random() * 2)), // a prefix, while typing
    () => `${band(20, 200)} ${band(0, 400)}`, // two words
    () => pick(['café', 'São', 'jalapeño', '日本語', 'спасибо', 'zoë']),
    () => pick(['lanternx', 'qqqzz', 'harbuor', 'forgivness']), // nothing matches
  ];
  function pick<T>(items: readonly T[]): T {
    return items[Math.floor(random() * items.length)]!;
  }
  return Array.from({ length: count }, (_, i) => kinds[i % kinds.length]!());
}
