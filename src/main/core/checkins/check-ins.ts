import { randomUUID } from 'node:crypto';
import type { CheckIn, CheckInCursor } from '../../../shared/ipc/features/checkins';
import type { WrittenAt } from '../../../shared/ipc/contract';
import type { PartnerSlot } from '../../../shared/model';
import type { ReadableDB, WritableDB } from '../db/connection';
import { localDay } from '../time/local-day';

interface CheckInRow {
  uid: string;
  partner: PartnerSlot;
  close: number;
  safe: number;
  heard: number;
  note: string | null;
  created_at: number;
  day: string;
}

const COLUMNS = 'uid, partner, close, safe, heard, note, created_at, day';

const toCheckIn = (row: CheckInRow): CheckIn => ({
  id: row.uid,
  partner: row.partner,
  close: row.close,
  safe: row.safe,
  heard: row.heard,
  note: row.note,
  createdAt: row.created_at,
  day: row.day,
});

export interface NewCheckIn {
  partner: PartnerSlot;
  close: number;
  safe: number;
  heard: number;
  note?: string | undefined;
  at: WrittenAt;
}

export function createCheckIn(db: WritableDB, input: NewCheckIn): CheckIn {
  const uid = randomUUID();
  const note = input.note?.trim() || null;
  db.prepare(
    `INSERT INTO check_ins (uid, partner, close, safe, heard, note, created_at, day) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(uid, input.partner, input.close, input.safe, input.heard, note, input.at.utc, localDay(input.at));
  return toCheckIn(db.prepare(`SELECT ${COLUMNS} FROM check_ins WHERE uid = ?`).get(uid) as CheckInRow);
}

export interface CheckInQuery {
  from?: string | undefined;
  to?: string | undefined;
  partner?: PartnerSlot | undefined;
  limit: number;
  before?: CheckInCursor | undefined;
}

/** Newest first, by keyset over (created_at, uid); the day range reads only its days. */
export function listCheckIns(
  db: ReadableDB,
  query: CheckInQuery,
): { checkIns: CheckIn[]; nextCursor: CheckInCursor | null } {
  const clauses: string[] = [];
  const params: (string | number)[] = [];
  const add = (clause: string, ...values: (string | number)[]) => {
    clauses.push(clause);
    params.push(...values);
  };
  if (query.from) add('day >= ?', query.from);
  if (query.to) add('day <= ?', query.to);
  if (query.partner) add('partner = ?', query.partner);
  if (query.before) add('(created_at, uid) < (?, ?)', query.before.createdAt, query.before.id);
  const rows = db
    .prepare(
      `SELECT ${COLUMNS} FROM check_ins ${clauses.length ? `WHERE ${clauses.join(' AND ')}` : ''}
       ORDER BY created_at DESC, uid DESC LIMIT ?`,
    )
    .all(...params, query.limit + 1) as CheckInRow[];
  const page = rows.slice(0, query.limit).map(toCheckIn);
  const last = page.at(-1);
  return {
    checkIns: page,
    nextCursor: rows.length > query.limit && last ? { createdAt: last.createdAt, id: last.id } : null,
  };
}

/** Each partner's most recent check-in: one index probe each (partner, created_at). */
export function latestCheckIns(db: ReadableDB): { a: CheckIn | null; b: CheckIn | null } {
  const latest = db.prepare(
    `SELECT ${COLUMNS} FROM check_ins WHERE partner = ? ORDER BY created_at DESC, uid DESC LIMIT 1`,
  );
  const of = (partner: PartnerSlot) => {
    const row = latest.get(partner) as CheckInRow | undefined;
    return row ? toCheckIn(row) : null;
  };
  return { a: of('a'), b: of('b') };
}
