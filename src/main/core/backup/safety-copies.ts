import { closeSync, constants, copyFileSync, existsSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { link, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { SafetyCopy } from '../../../shared/ipc/features/backup';
import { fsyncDir } from '../fs/atomic-write';
import { DATABASE_FILE, type Hearth } from '../hearth';
import { backupError } from './errors';
import { flushFolder } from './flush';

/**
 * Swapping a restored journal in, and the safety copies of the journals it replaced.
 *
 * The swap is one rename of a complete, closed file over journal.db. Before that rename a
 * crash leaves the old journal; after it, the new one; never a mix, so unlock has nothing
 * to repair. The old journal is first given a second name in safety-copies/ (a hard link:
 * instant and no extra space; a flushed copy where links are not supported), so the
 * rename leaves it there as the safety copy. Only the rename itself runs on the main
 * thread with the journal closed; links and folder flushes happen before and after.
 */
export const SAFETY_DIR = 'safety-copies';
const COPY_NAME = /^journal-before-restore-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)(?:-\d+)?\.db$/;

export type SwapFault = 'before-safety-copy' | 'before-swap' | 'after-swap';

/** The new journal is built here, beside the current one, so the final rename stays on one file system. */
export const stagingPathFor = (dataDir: string) => join(dataDir, `${DATABASE_FILE}.restoring`);

const stampOf = (ms: number) => new Date(ms).toISOString().replace(/[:.]/g, '-');
const timeOf = (stamp: string) => Date.parse(stamp.replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, 'T$1:$2:$3.$4Z'));

function flushFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** A free name for a safety copy made at `now`. */
function freshCopyPath(dataDir: string, now: number): { id: string; path: string } {
  for (let n = 1; ; n++) {
    const id = `journal-before-restore-${stampOf(now)}${n > 1 ? `-${n}` : ''}.db`;
    const path = join(dataDir, SAFETY_DIR, id);
    if (!existsSync(path)) return { id, path };
  }
}

/**
 * Gives the live journal a second name in safety-copies/ before the swap: a hard link
 * shares the file, so whatever is written (and checkpointed) until the swap is in it too.
 * Asynchronous and flushed, off the main thread. Null where links are not supported; the
 * swap then copies the closed file instead.
 */
export async function linkSafetyCopy(databasePath: string, now: number): Promise<string | null> {
  const dataDir = dirname(databasePath);
  await mkdir(join(dataDir, SAFETY_DIR), { recursive: true, mode: 0o700 });
  for (;;) {
    const { id, path } = freshCopyPath(dataDir, now);
    try {
      await link(databasePath, path);
    } catch (error) {
      if ((error as { code?: string }).code === 'EEXIST') continue;
      return null;
    }
    await flushFolder(join(dataDir, SAFETY_DIR));
    await flushFolder(dataDir);
    return id;
  }
}

/**
 * Puts the staged journal in place of the closed one, in one rename. Returns the safety
 * copy's id and how to undo the swap (used when the new file then fails to open). On any
 * failure before the rename, the journal stays and the safety name is dropped. `fault`
 * lets tests crash the process between any two steps.
 */
export function swapInRestoredJournal(
  databasePath: string,
  stagingPath: string,
  linked: string | null,
  now: number,
  fault: (point: SwapFault) => void = () => {},
): { id: string; undo: () => void } {
  const dataDir = dirname(databasePath);
  let copy: { id: string; path: string } | null = linked ? { id: linked, path: join(dataDir, SAFETY_DIR, linked) } : null;
  try {
    const wal = `${databasePath}-wal`;
    // The closed journal must be one whole file: a log left beside it would be replayed into the new one.
    if (existsSync(wal)) {
      if (statSync(wal).size > 0) throw backupError.busy();
      rmSync(wal);
    }
    if (!copy) {
      // No hard links on this file system: a real, flushed copy of the closed journal.
      copy = freshCopyPath(dataDir, now);
      copyFileSync(databasePath, copy.path, constants.COPYFILE_EXCL);
      flushFile(copy.path);
      fsyncDir(join(dataDir, SAFETY_DIR));
    }
    fault('before-swap');
    renameSync(stagingPath, databasePath);
  } catch (error) {
    // Not swapped: the journal stays, and its second name (or copy) is not a safety copy.
    if (copy) rmSync(copy.path, { force: true });
    throw error;
  }
  const { id, path } = copy;
  const undo = () => {
    renameSync(path, databasePath);
    fsyncDir(dataDir);
  };
  try {
    fault('after-swap');
  } catch (error) {
    undo();
    throw error;
  }
  return { id, undo };
}

/** Newest first. Requires the journal to be open: they are copies of it. */
export function listSafetyCopies(hearth: Hearth): SafetyCopy[] {
  hearth.db();
  const dir = join(hearth.dataDir, SAFETY_DIR);
  if (!existsSync(dir)) return [];
  const live = statSync(join(hearth.dataDir, DATABASE_FILE), { throwIfNoEntry: false });
  const copies: SafetyCopy[] = [];
  for (const id of readdirSync(dir)) {
    const stamp = COPY_NAME.exec(id)?.[1];
    if (!stamp) continue;
    const path = join(dir, id);
    const stat = statSync(path);
    // (Some file systems report no inode numbers at all: 0 proves nothing there.)
    if (live && live.ino !== 0 && stat.ino === live.ino && stat.dev === live.dev) {
      // A crash between linking and swapping left a second name for the live journal, not
      // a copy of an earlier one: drop the name (the journal itself is untouched).
      rmSync(path);
      continue;
    }
    copies.push({ id, createdAt: timeOf(stamp), sizeBytes: stat.size });
  }
  return copies.sort((x, y) => y.createdAt - x.createdAt || (x.id < y.id ? 1 : -1));
}

export function describeSafetyCopy(hearth: Hearth, id: string): SafetyCopy {
  const copy = listSafetyCopies(hearth).find((c) => c.id === id);
  if (!copy) throw backupError.safetyCopyGone();
  return copy;
}

/** Deletes one safety copy for good; returns the ones left. */
export function deleteSafetyCopy(hearth: Hearth, id: string): SafetyCopy[] {
  hearth.db();
  const dir = join(hearth.dataDir, SAFETY_DIR);
  // Only names Hearth made, so an id can never reach outside the folder.
  if (!COPY_NAME.test(id) || !existsSync(join(dir, id))) {
    throw backupError.safetyCopyGone(true);
  }
  rmSync(join(dir, id));
  fsyncDir(dir);
  return listSafetyCopies(hearth);
}
