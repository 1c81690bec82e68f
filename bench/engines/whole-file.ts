/**
 * Engine (c): the whole journal as one JSON document, encrypted with AES-256-GCM: decrypted
 * and parsed at unlock, held in memory, re-serialised, re-encrypted and written durably
 * (temp file, fsync, rename, folder fsync: the app's own writeFileAtomic) on every save.
 * The design cost against (a).
 *
 * Its queries are written the way such an app would, and not naively: arrays kept in time
 * order, binary search for date ranges, one pass per screen, searches that walk newest
 * first and stop after a page. Search has no index: it is a scan (a word that matches
 * nothing reads every entry). Export and restore follow Hearth's steps in a worker thread
 * (bench/backup/tasks.ts); after a restore the new document is loaded on the main thread,
 * as this design must.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { CATALOGUE, THEMES, type ThemeId } from '../../src/shared/exercises';
import type { StartWorker } from '../../src/main/core/backup/run-task';
import { flushFolder } from '../../src/main/core/backup/flush';
import { linkSafetyCopy, SAFETY_DIR, swapInRestoredJournal } from '../../src/main/core/backup/safety-copies';
import { writeFileAtomic } from '../../src/main/core/fs/atomic-write';
import { localDay } from '../../src/main/core/time/local-day';
import { MAX_BUCKETS } from '../../src/main/core/timeline';
import { addDays, bucketsBetween, bucketStart, weekStart } from '../../src/main/core/timeline/days';
import { toFtsQuery } from '../../src/main/core/journal/search-query';
import { PASSPHRASE, TODAY, type Journal } from '../generate';
import { runInWorker } from '../backup/workers';
import { NOW, PAGE, newEntry, timelineQuery, WEEK_STARTS_ON } from './sql-reads';
import type { Engine, HomeRead, TimelineRange, TimelineRead } from './types';
import { openStore, sealStore } from './whole-file-store';

type Entry = Journal['entries'][number];
type CheckIn = Journal['checkIns'][number];
type Session = Journal['sessions'][number];

const DAY_MS = 86_400_000;
const ANY_OFFSET_MS = 14 * 3_600_000;
const RECENT_CHECK_IN_MS = 14 * DAY_MS;

/** The Entry objects the app's IPC returns (entry-row.ts toEntry), built from the document's rows. */
const toEntry = (e: Entry) => ({
  id: e.uid,
  author: e.author,
  kind: e.kind,
  body: e.body,
  mood: e.mood,
  tags: [...e.tags].sort(),
  sessionId: e.sessionId,
  createdAt: e.createdAt,
  updatedAt: e.updatedAt,
  day: e.day,
});

/** First index whose time is >= t (rows sorted by time ascending). */
function lowerBound<T>(rows: readonly T[], t: number, time: (row: T) => number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (time(rows[mid]!) < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The same words the app's search looks for (toFtsQuery: whitespace-separated words, all
 * required, the last also as a prefix), as whole-word, case-insensitive regular expressions.
 */
function searchTerms(typed: string): RegExp[] | null {
  const query = toFtsQuery(typed);
  if (query === null) return null;
  const words = [...query.matchAll(/"((?:[^"]|"")*)"(\*?)/gu)].map((m) => ({ word: m[1]!.replaceAll('""', '"'), prefix: m[2] === '*' }));
  return words.map(({ word, prefix }) => {
    // FTS5's tokenizer keeps letters and digits only; do the same to the query word.
    const core = word.split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(escapeRegExp).join('[^\\p{L}\\p{N}]+');
    return new RegExp(`(?<![\\p{L}\\p{N}])${core}${prefix ? '' : '(?![\\p{L}\\p{N}])'}`, 'iu');
  });
}

function snippet(body: string, match: RegExp): string {
  const at = body.search(match);
  const start = Math.max(0, at - 80);
  return `${start > 0 ? '…' : ''}${body.slice(start, at + 100)}${at + 100 < body.length ? '…' : ''}`;
}

export interface WholeFileEngineOptions {
  dir: string;
  startWorker: StartWorker;
  workFactor: number;
}

export class WholeFileEngine implements Engine {
  readonly id = 'whole-file' as const;
  readonly label = '(c) whole-file AES-GCM JSON';
  private readonly path: string;
  private readonly dataDir: string;
  private readonly key = randomBytes(32);
  private doc: Journal | null = null;

  constructor(private readonly options: WholeFileEngineOptions) {
    this.dataDir = join(options.dir, 'whole-file');
    this.path = join(this.dataDir, 'journal.json.enc');
  }

  private get journal(): Journal {
    if (!this.doc) throw new Error('whole-file engine is closed');
    return this.doc;
  }

  private load(): void {
    this.doc = JSON.parse(openStore(readFileSync(this.path), this.key).toString('utf8')) as Journal;
  }

  private persist(): void {
    writeFileAtomic(this.path, sealStore(Buffer.from(JSON.stringify(this.journal), 'utf8'), this.key));
  }

  async build(journal: Journal): Promise<void> {
    mkdirSync(this.dataDir, { recursive: true, mode: 0o700 });
    writeFileSync(this.path, sealStore(Buffer.from(JSON.stringify(journal), 'utf8'), this.key), { mode: 0o600 });
  }

  async open(): Promise<HomeRead> {
    this.load();
    return this.home();
  }

  close(): void {
    this.doc = null;
  }

  /** journal.summary, entries.list (newest 50), home.suggestion, sessions.inProgress, sessions.recent(3). */
  private home(): HomeRead {
    const doc = this.journal;
    let entryCount = 0;
    for (const e of doc.entries) if (e.deletedAt === null) entryCount += 1;
    const newest: ReturnType<typeof toEntry>[] = [];
    for (let i = doc.entries.length - 1; i >= 0 && newest.length < PAGE; i -= 1) {
      const e = doc.entries[i]!;
      if (e.deletedAt === null) newest.push(toEntry(e));
    }
    const inProgress = doc.sessions
      .filter((s) => s.status === 'in-progress')
      .sort((x, y) => y.updatedAt - x.updatedAt)
      .slice(0, 20);
    const recent = doc.sessions
      .filter((s) => s.status === 'completed')
      .sort((x, y) => y.completedAt! - x.completedAt!)
      .slice(0, 3);
    // Each shown session with its reflections: one pass over the entries (there is no index).
    const wanted = new Set([...inProgress, ...recent].map((s) => s.id));
    const reflections = new Map<string, ReturnType<typeof toEntry>[]>();
    if (wanted.size > 0) {
      for (const e of doc.entries) {
        if (e.sessionId && e.kind === 'reflection' && e.deletedAt === null && wanted.has(e.sessionId)) {
          reflections.set(e.sessionId, [...(reflections.get(e.sessionId) ?? []), toEntry(e)]);
        }
      }
    }
    const withReflections = (s: Session) => ({ ...s, reflections: reflections.get(s.id) ?? [] });
    return {
      entryCount,
      newest: newest.map((e) => e.id),
      partners: doc.partners.length,
      inProgress: inProgress.map(withReflections).length,
      recent: recent.map(withReflections).length,
      suggestion: this.suggestion(),
    };
  }

  /** The app's suggestNext (sessions/suggestion.ts), over the in-memory rows. */
  private suggestion(): string {
    const doc = this.journal;
    const byTheme = new Map<string, number>();
    const byExercise = new Map<string, number>();
    for (const s of doc.sessions) {
      if (s.status !== 'completed') continue;
      byExercise.set(s.exerciseId, Math.max(byExercise.get(s.exerciseId) ?? 0, s.completedAt!));
      byTheme.set(s.theme, Math.max(byTheme.get(s.theme) ?? 0, s.completedAt!));
    }
    const latest: Partial<Record<'a' | 'b', CheckIn>> = {};
    for (let i = doc.checkIns.length - 1; i >= 0 && !(latest.a && latest.b); i -= 1) {
      const c = doc.checkIns[i]!;
      latest[c.partner] ??= c;
    }
    const recentOnes = Object.values(latest).filter((c) => c.createdAt >= NOW - RECENT_CHECK_IN_MS);
    const pick = (theme: ThemeId) => {
      const light = CATALOGUE.filter((e) => e.theme === theme && e.depth === 'light');
      const pool = light.length > 0 ? light : CATALOGUE.filter((e) => e.theme === theme);
      return [...pool].sort((x, y) => (byExercise.get(x.id) ?? 0) - (byExercise.get(y.id) ?? 0))[0]!.id;
    };
    if (recentOnes.length > 0) {
      const average = (k: 'close' | 'safe' | 'heard') => recentOnes.reduce((n, c) => n + c[k], 0) / recentOnes.length;
      const [dimension, score] = (['heard', 'safe', 'close'] as const).map((d) => [d, average(d)] as const).sort((x, y) => x[1] - y[1])[0]!;
      if (score < 4) {
        const themes: Record<typeof dimension, ThemeId[]> = {
          close: ['quality-time', 'share-feelings'],
          safe: ['cultivate-trust', 'fear-of-vulnerability'],
          heard: ['active-listening', 'poor-communication'],
        };
        return pick([...themes[dimension]].sort((x, y) => (byTheme.get(x) ?? 0) - (byTheme.get(y) ?? 0))[0]!);
      }
    }
    const strategies = THEMES.filter((t) => t.kind === 'strategy' && t.id !== 'professional-help').map((t) => t.id);
    const untried = strategies.find((id) => !byTheme.has(id));
    if (untried) return pick(untried);
    return pick([...strategies].sort((x, y) => byTheme.get(x)! - byTheme.get(y)!)[0]!);
  }

  timeline(range: TimelineRange): TimelineRead {
    const doc = this.journal;
    const query = timelineQuery(range);
    const to = query.to ?? TODAY;
    let from = query.from;
    if (!from) {
      from = to;
      for (const s of doc.sessions) if (s.status === 'completed' && s.completedDay! < from) from = s.completedDay!;
      if (doc.checkIns[0] && doc.checkIns[0].day < from) from = doc.checkIns[0].day;
      for (const e of doc.entries) if (e.deletedAt === null && e.day < from) from = e.day;
    }
    const frames = bucketsBetween(from, to, query.bucket, WEEK_STARTS_ON, MAX_BUCKETS)!;
    const buckets = new Map(
      frames.map((f) => [
        f.start,
        { ...f, sessions: { total: 0, byTheme: {} as Record<string, number> }, checkIns: { a: { n: 0, close: 0, safe: 0, heard: 0 }, b: { n: 0, close: 0, safe: 0, heard: 0 } }, entries: 0 },
      ]),
    );
    const startOf = new Map<string, string>();
    const bucketOf = (day: string) => {
      let start = startOf.get(day);
      if (start === undefined) startOf.set(day, (start = bucketStart(day, query.bucket, WEEK_STARTS_ON)));
      return buckets.get(start);
    };
    // Rows are in time order: binary-search the range (a local day lies within 14 h of UTC).
    const lowest = Date.parse(`${from}T00:00:00Z`) - ANY_OFFSET_MS;
    const highest = Date.parse(`${to}T00:00:00Z`) + DAY_MS + ANY_OFFSET_MS;
    for (const s of doc.sessions) {
      if (s.status !== 'completed' || s.completedDay! < from || s.completedDay! > to) continue;
      const b = bucketOf(s.completedDay!)!;
      b.sessions.total += 1;
      b.sessions.byTheme[s.theme] = (b.sessions.byTheme[s.theme] ?? 0) + 1;
    }
    for (let i = lowerBound(doc.entries, lowest, (e) => e.createdAt); i < doc.entries.length; i += 1) {
      const e = doc.entries[i]!;
      if (e.createdAt > highest) break;
      if (e.deletedAt === null && e.day >= from && e.day <= to) bucketOf(e.day)!.entries += 1;
    }
    for (let i = lowerBound(doc.checkIns, lowest, (c) => c.createdAt); i < doc.checkIns.length; i += 1) {
      const c = doc.checkIns[i]!;
      if (c.createdAt > highest) break;
      if (c.day < from || c.day > to) continue;
      const sums = bucketOf(c.day)!.checkIns[c.partner];
      sums.n += 1;
      sums.close += c.close;
      sums.safe += c.safe;
      sums.heard += c.heard;
    }
    const mean = (sum: number, n: number) => Math.round((100 * sum) / n) / 100;
    const averages = ({ n, close, safe, heard }: { n: number; close: number; safe: number; heard: number }) =>
      n ? { count: n, close: mean(close, n), safe: mean(safe, n), heard: mean(heard, n) } : null;
    const filled = [...buckets.values()].map((b) => ({ ...b, checkIns: { a: averages(b.checkIns.a), b: averages(b.checkIns.b) } }));
    const totals = { sessions: 0, checkIns: 0, entries: 0 };
    for (const b of filled) {
      totals.sessions += b.sessions.total;
      totals.checkIns += (b.checkIns.a?.count ?? 0) + (b.checkIns.b?.count ?? 0);
      totals.entries += b.entries;
    }
    return { buckets: filled.length, totals, streakWeeks: this.streak(), events: this.events(from, to, lowest, highest).length };
  }

  /** timeline/streak.ts gentleStreak over the completed sessions' days. */
  private streak(): number {
    const days = [...new Set(this.journal.sessions.filter((s) => s.status === 'completed' && s.completedDay! <= TODAY).map((s) => s.completedDay!))].sort().reverse();
    const thisWeek = weekStart(TODAY, WEEK_STARTS_ON);
    let expected = thisWeek;
    let count = 0;
    for (const day of days) {
      const week = weekStart(day, WEEK_STARTS_ON);
      if (week === addDays(expected, 7)) continue;
      if (week === expected) {
        count += 1;
        expected = addDays(expected, -7);
      } else if (expected === thisWeek && week === addDays(thisWeek, -7)) {
        count += 1;
        expected = addDays(week, -7);
      } else break;
    }
    return count;
  }

  /** timeline/events.ts listEvents: the newest 100 of sessions, check-ins and entries in the range. */
  private events(from: string, to: string, lowest: number, highest: number) {
    const doc = this.journal;
    const take = 101;
    type Event = { kind: string; id: string; at: number; day: string; key: string };
    const found: Event[] = [];
    const sessions = doc.sessions
      .filter((s) => s.status === 'completed' && s.completedAt! >= lowest && s.completedAt! <= highest && s.completedDay! >= from && s.completedDay! <= to)
      .sort((x, y) => y.completedAt! - x.completedAt!)
      .slice(0, take);
    for (const s of sessions) found.push({ kind: 'session', id: s.id, at: s.completedAt!, day: s.completedDay!, key: `s:${s.id}` });
    const newestFirst = <T extends { createdAt: number; day: string; uid: string }>(rows: readonly T[], kind: string, prefix: string, keep: (row: T) => boolean) => {
      let n = 0;
      for (let i = lowerBound(rows, highest + 1, (r) => r.createdAt) - 1; i >= 0 && n < take; i -= 1) {
        const r = rows[i]!;
        if (r.createdAt < lowest) break;
        if (!keep(r) || r.day < from || r.day > to) continue;
        found.push({ kind, id: r.uid, at: r.createdAt, day: r.day, key: `${prefix}${r.uid}` });
        n += 1;
      }
    };
    newestFirst(doc.checkIns, 'check-in', 'c:', () => true);
    newestFirst(doc.entries, 'entry', 'e:', (e) => e.deletedAt === null);
    return found.sort((x, y) => y.at - x.at || (x.key < y.key ? 1 : x.key > y.key ? -1 : 0)).slice(0, take - 1);
  }

  search(query: string): string[] {
    const terms = searchTerms(query);
    if (!terms) return [];
    const entries = this.journal.entries;
    const hits: { entry: ReturnType<typeof toEntry>; snippet: string }[] = [];
    for (let i = entries.length - 1; i >= 0 && hits.length <= PAGE; i -= 1) {
      const e = entries[i]!;
      if (e.deletedAt !== null) continue;
      if (terms.every((t) => t.test(e.body))) hits.push({ entry: toEntry(e), snippet: snippet(e.body, terms[0]!) });
    }
    return hits.slice(0, PAGE).map((h) => h.entry.id);
  }

  async save(i: number): Promise<void> {
    const input = newEntry(i);
    const entries = this.journal.entries;
    const entry: Entry = {
      uid: randomUUID(),
      author: input.author,
      kind: 'free',
      body: input.body,
      mood: input.mood,
      tags: input.tags,
      sessionId: null,
      createdAt: input.at.utc,
      updatedAt: input.at.utc,
      day: localDay(input.at),
      deletedAt: null,
    };
    entries.splice(lowerBound(entries, entry.createdAt + 1, (e) => e.createdAt), 0, entry);
    this.persist();
  }

  async exportBackup(target: string): Promise<void> {
    void this.journal;
    const tempPath = join(dirname(target), `.${randomBytes(6).toString('hex')}.partial`);
    try {
      await runInWorker(this.options.startWorker, {
        kind: 'file-export',
        storePath: this.path,
        key: this.key,
        passphrase: PASSPHRASE,
        workFactor: this.options.workFactor,
        tempPath,
      });
      await rename(tempPath, target);
      await flushFolder(dirname(target));
    } finally {
      rmSync(tempPath, { force: true });
    }
  }

  async restoreBackup(file: string): Promise<void> {
    void this.journal;
    const stagingPath = `${this.path}.restoring`;
    try {
      await runInWorker(this.options.startWorker, { kind: 'file-build', file, passphrase: PASSPHRASE, stagingPath, key: this.key });
      const linked = await linkSafetyCopy(this.path, NOW);
      swapInRestoredJournal(this.path, stagingPath, linked, NOW);
      // The design: the whole journal lives in the main process, so it is loaded here.
      this.load();
      await flushFolder(this.dataDir);
    } finally {
      rmSync(stagingPath, { force: true });
    }
  }

  afterRestore(): void {
    rmSync(join(this.dataDir, SAFETY_DIR), { recursive: true, force: true });
  }

  storeBytes(): number {
    return statSync(this.path, { throwIfNoEntry: false })?.size ?? 0;
  }

  dispose(): void {
    this.close();
  }
}
