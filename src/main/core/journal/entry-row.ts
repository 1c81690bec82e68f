import type { Author, Entry } from '../../../shared/model';

/** An entries row as the journal's queries select it (tags gathered as a JSON array). */
export interface EntryRow {
  id: number;
  uid: string;
  author: Author;
  kind: Entry['kind'];
  body: string;
  mood: number | null;
  session_id: string | null;
  question_id: string | null;
  written_privately_at: number | null;
  created_at: number;
  updated_at: number;
  day: string;
  edited_in_parallel: number;
  tags: string | null;
}

/** The columns behind `toEntry`, for a query whose entries table is aliased `e`. */
export const ENTRY_COLUMNS = `
  e.id, e.uid, e.author, e.kind, e.body, e.mood, e.session_id, e.question_id, e.written_privately_at, e.created_at, e.updated_at, e.day, e.edited_in_parallel,
  (SELECT json_group_array(tag) FROM (SELECT tag FROM entry_tags WHERE entry_id = e.id ORDER BY tag)) AS tags`;

export const toEntry = (row: EntryRow): Entry => ({
  id: row.uid,
  author: row.author,
  kind: row.kind,
  body: row.body,
  mood: row.mood,
  tags: row.tags ? (JSON.parse(row.tags) as string[]) : [],
  sessionId: row.session_id,
  questionId: row.question_id,
  writtenPrivatelyAt: row.written_privately_at,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  day: row.day,
  ...(row.edited_in_parallel === 1 ? { editedInParallel: true } : {}),
});
