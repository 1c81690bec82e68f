import { createHash, randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { join } from 'node:path';
import { asFolderError, folderError, memberError } from './errors';
import { currentEpoch } from './keyring';
import { open, readHeader, seal, type Rejection } from './sealed-file';
import type { DeviceIdentity, Keyring, PayloadKind } from './types';

/**
 * The folder the couple's sync tool moves between computers. Hearth only adds files with
 * random names, reads them, and removes its own. A scan reports what is new or changed;
 * half-written files (the sync tool may still be filling them) are retried when they change.
 */

/** The parts of node:fs/promises the folder uses; tests pass a copy with a failing part. */
export type FolderFs = Pick<typeof nodeFs, 'open' | 'rename' | 'readdir' | 'lstat' | 'stat' | 'readFile' | 'unlink'>;

export interface SyncFolderOptions {
  dir: string;
  identity: DeviceIdentity;
  /** Read at each call: the keyring changes with every epoch. */
  keyring: () => Keyring;
  fs?: FolderFs;
  random?: (n: number) => Buffer;
  /** Larger files are rejected unread, so a planted giant cannot exhaust memory. */
  maxFileBytes?: number;
}

export interface ScanItem {
  name: string;
  kind: PayloadKind;
  device: string;
  bytes: Buffer;
  /** SHA-256 of kind, device and bytes: a duplicate or conflict copy has the same digest. */
  digest: string;
  /** The epoch the file was sealed in. */
  keyId: string;
  signingKey: Buffer;
}

export interface ScanResult {
  accepted: ScanItem[];
  rejected: { name: string; reason: Rejection }[];
}

type Outcome = 'accepted' | 'offer' | Rejection;
interface Seen {
  size: number;
  mtimeMs: number;
  outcome: Outcome;
  /** How many epochs the keyring had when the file was last tried. */
  mark: number;
}

export const FILE_SUFFIX = '.hearth';
const DEFAULT_MAX_BYTES = 512 * 1024 * 1024;

/**
 * A file Hearth should look at: ours or a sync tool's conflict copy of ours
 * ("x (conflicted copy 2026-12-05).hearth", "x.sync-conflict-….hearth"), never a temp or
 * partial file (".x.tmp", ".syncthing.x.tmp", "~x").
 */
export const isSyncFileName = (name: string) => name.endsWith(FILE_SUFFIX) && !name.startsWith('.') && !name.startsWith('~');

const retryable = (outcome: Outcome) => outcome === 'other-journal' || outcome === 'not-member';

export class SyncFolder {
  readonly dir: string;
  private readonly identity: DeviceIdentity;
  private readonly keyring: () => Keyring;
  private readonly fs: FolderFs;
  private readonly random: (n: number) => Buffer;
  private readonly maxFileBytes: number;
  private seen = new Map<string, Seen>();
  private written = new Set<string>();

  constructor(options: SyncFolderOptions) {
    this.dir = options.dir;
    this.identity = options.identity;
    this.keyring = options.keyring;
    this.fs = options.fs ?? nodeFs;
    this.random = options.random ?? randomBytes;
    this.maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_BYTES;
  }

  /** Seals `bytes` in the current epoch and writes them as a new file. Returns its name. */
  async write(kind: PayloadKind, bytes: Buffer): Promise<string> {
    const keyring = this.keyring();
    if (keyring.removedHere) {
      throw memberError.removedHere();
    }
    return this.writeSealed(seal(currentEpoch(keyring), kind, this.identity, bytes, this.random));
  }

  /**
   * Writes an already sealed file (an epoch change, an offer) under a new random name: temp
   * file, flushed, renamed, folder flushed, so no other computer ever sees half of it from us.
   */
  async writeSealed(file: Buffer): Promise<string> {
    const name = `${this.random(16).toString('hex')}${FILE_SUFFIX}`;
    const temp = join(this.dir, `.${name}.${this.random(6).toString('hex')}.tmp`);
    try {
      const info = await this.fs.stat(this.dir);
      if (!info.isDirectory()) throw folderError.missing();
      const handle = await this.fs.open(temp, 'wx', 0o600);
      try {
        await handle.writeFile(file);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await this.fs.rename(temp, join(this.dir, name));
    } catch (error) {
      await this.fs.unlink(temp).catch(() => undefined);
      throw asFolderError(error);
    }
    await this.syncDir();
    this.written.add(name);
    const info = await this.fs.stat(join(this.dir, name)).catch(() => null);
    if (info) this.seen.set(name, { size: info.size, mtimeMs: info.mtimeMs, outcome: 'accepted', mark: this.mark() });
    return name;
  }

  private async syncDir(): Promise<void> {
    try {
      const handle = await this.fs.open(this.dir, 'r');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    } catch {
      // Some file systems refuse to flush a folder; the rename is still atomic there.
    }
  }

  /** Before a join completes the engine may have no keyring yet; a file written then is marked with none. */
  private mark(): number {
    return (this.keyring() as Keyring | undefined)?.epochs.length ?? 0;
  }

  /** Names of the sync files present now (ours, the other computers', conflict copies). */
  async list(): Promise<string[]> {
    try {
      return (await this.fs.readdir(this.dir)).filter(isSyncFileName).sort();
    } catch (error) {
      throw asFolderError(error);
    }
  }

  /** Reads one file, or null when it is gone, not a plain file, or too large to be ours. */
  async read(name: string): Promise<{ bytes: Buffer; size: number; mtimeMs: number } | null | 'too-large'> {
    const path = join(this.dir, name);
    try {
      const info = await this.fs.lstat(path);
      if (!info.isFile()) return null;
      if (info.size > this.maxFileBytes) return 'too-large';
      const bytes = await this.fs.readFile(path);
      return { bytes, size: info.size, mtimeMs: info.mtimeMs };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw asFolderError(error);
    }
  }

  /**
   * Opens every file that is new or changed since the last scan. A file that failed is tried
   * again when its size or time changes (the sync tool finished it) or, when it was sealed in
   * an epoch or by a device this computer did not know, once the keyring has learnt more.
   * After applying epoch changes from the result, the engine scans again.
   */
  async scan(): Promise<ScanResult> {
    const names = await this.list();
    const keyring = this.keyring();
    const mark = keyring.epochs.length;
    const result: ScanResult = { accepted: [], rejected: [] };
    for (const gone of [...this.seen.keys()].filter((n) => !names.includes(n))) this.seen.delete(gone);
    for (const name of names) {
      const read = await this.readIfChanged(name, mark);
      if (read === 'unchanged' || read === null) continue;
      if (read === 'too-large') {
        result.rejected.push({ name, reason: 'damaged' });
        continue;
      }
      const { bytes, size, mtimeMs } = read;
      const header = readHeader(bytes);
      if (header && header.keyKind !== 'epoch') {
        // A pairing or recovery offer: only someone holding its code opens it.
        this.seen.set(name, { size, mtimeMs, outcome: 'offer', mark });
        continue;
      }
      const opened = open(bytes, keyring);
      this.seen.set(name, { size, mtimeMs, outcome: opened.ok ? 'accepted' : opened.reason, mark });
      if (!opened.ok) {
        result.rejected.push({ name, reason: opened.reason });
        continue;
      }
      const digest = createHash('sha256').update(opened.kind).update(Buffer.from(opened.device, 'hex')).update(opened.bytes).digest('hex');
      result.accepted.push({ name, kind: opened.kind, device: opened.device, bytes: opened.bytes, digest, keyId: opened.keyId, signingKey: opened.signingKey });
    }
    // Epoch changes first: the files after them may be sealed in the epoch they bring.
    result.accepted.sort((a, b) => Number(b.kind === 'epoch') - Number(a.kind === 'epoch'));
    return result;
  }

  private async readIfChanged(name: string, mark: number) {
    const path = join(this.dir, name);
    const before = this.seen.get(name);
    if (before) {
      const info = await this.fs.lstat(path).catch(() => null);
      if (!info) return null;
      const same = info.size === before.size && info.mtimeMs === before.mtimeMs;
      if (same && !(retryable(before.outcome) && before.mark !== mark)) return 'unchanged' as const;
    }
    return this.read(name);
  }

  /** Whether this computer wrote the file (only those may be removed). */
  wrote(name: string): boolean {
    return this.written.has(name);
  }

  /** Removes a file this computer wrote (a consumed offer, a change folded into a snapshot). */
  async remove(name: string): Promise<void> {
    if (!this.written.has(name) || !isSyncFileName(name) || name.includes('/') || name.includes('\\')) {
      throw memberError.notOurFile();
    }
    try {
      await this.fs.unlink(join(this.dir, name));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw asFolderError(error);
    }
    this.written.delete(name);
    this.seen.delete(name);
    await this.syncDir();
  }

  /** What the scan remembers, for the engine to keep in the encrypted journal. */
  exportState(): string {
    return JSON.stringify({
      v: 1,
      files: Object.fromEntries([...this.seen].map(([name, s]) => [name, [s.size, s.mtimeMs, s.outcome, s.mark]])),
      written: [...this.written],
    });
  }

  /** Restores what `exportState` returned; anything unreadable starts afresh (every file is read again). */
  importState(text: string): void {
    this.seen.clear();
    this.written.clear();
    try {
      const state = JSON.parse(text) as { v?: number; files?: Record<string, [number, number, Outcome, number]>; written?: string[] };
      if (state.v !== 1) return;
      for (const [name, [size, mtimeMs, outcome, mark]] of Object.entries(state.files ?? {})) {
        if (isSyncFileName(name)) this.seen.set(name, { size, mtimeMs, outcome, mark });
      }
      for (const name of state.written ?? []) if (isSyncFileName(name)) this.written.add(name);
    } catch {
      this.seen.clear();
      this.written.clear();
    }
  }
}
