/**
 * What the two-computer sync tests drive: computers (computer-child.ts in child processes, each
 * in its own private gnome-keyring session) and a sync tool played by the test, which copies
 * files between the computers' own copies of the shared folder with the faults real tools have.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { isSyncFileName } from '../../../../../src/main/core/sync/folder';
import { mulberry32 as seeded } from '../../../../../src/shared/seeded';

export const repoRoot = join(import.meta.dirname, '../../../../..');
const CHILD_SOURCE = join(import.meta.dirname, 'computer-child.ts');
const KEEPER_SOURCE = join(repoRoot, 'src', 'main', 'core', 'sync', 'keeper-worker.ts');
// Bundled once into plain JavaScript (as crash-safety.test.ts does), so each start and each
// restart after a kill skips tsx's loader. Beside node_modules, so its packages resolve. The
// sync document's worker is bundled beside it, where the app's build puts it beside the core.
const CHILD_DIR = join(repoRoot, 'node_modules', '.cache', 'hearth-sync-child', String(process.pid));
export const CHILD = join(CHILD_DIR, 'computer.mjs');

export async function buildChild(): Promise<void> {
  if (process.env['HEARTH_KEYRING'] !== 'private') {
    throw new Error('Run integration tests through scripts/with-keyring.sh (npm run test:integration).');
  }
  const { build } = await import('esbuild');
  const common = { bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' } as const;
  await build({ ...common, entryPoints: [CHILD_SOURCE], outfile: CHILD });
  await build({ ...common, entryPoints: [KEEPER_SOURCE], outfile: join(CHILD_DIR, 'keeper-worker.js') });
}
export const removeChild = () => rmSync(CHILD_DIR, { recursive: true, force: true });

// ── keyring sessions ─────────────────────────────────────────────────────────────────────

/**
 * One private gnome-keyring session (scripts/with-keyring.sh) that outlives the computer's
 * process: with-keyring makes a throwaway HOME and bus per run, so a computer restarted after
 * SIGKILL in a new run would find no device key. The session runs `cat` until its stdin closes;
 * the computer's processes join its bus. HEARTH_KEYRING_INNER is unset, or with-keyring would
 * think it is already inside the test's own session and reuse that keyring.
 */
export interface KeyringSession {
  env: NodeJS.ProcessEnv;
  close(): void;
}

export function openKeyringSession(): Promise<KeyringSession> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'env',
      ['-u', 'HEARTH_KEYRING_INNER', 'bash', 'scripts/with-keyring.sh', 'bash', '-c', 'echo "KEYRING $DBUS_SESSION_BUS_ADDRESS $HOME $XDG_RUNTIME_DIR"; exec cat >/dev/null'],
      { cwd: repoRoot, stdio: ['pipe', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (c: string) => (err += c));
    child.stdout.setEncoding('utf8').on('data', (c: string) => {
      out += c;
      const line = out.split('\n').find((l) => l.startsWith('KEYRING '));
      if (!line) return;
      const [, bus, home, runtime] = line.split(' ');
      if (!bus || bus === process.env['DBUS_SESSION_BUS_ADDRESS']) {
        reject(new Error('the computer’s keyring session is the test’s own: HEARTH_KEYRING_INNER was not unset'));
        return;
      }
      resolve({
        env: {
          ...process.env,
          DBUS_SESSION_BUS_ADDRESS: bus!,
          HOME: home!,
          XDG_DATA_HOME: join(home!, '.local/share'),
          XDG_RUNTIME_DIR: runtime!,
          HEARTH_KEYRING: 'private',
        },
        close: () => child.stdin.end(),
      });
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (!out.includes('KEYRING ')) reject(new Error(`the keyring session did not start (${code}): ${err}`));
    });
  });
}

// ── a computer ───────────────────────────────────────────────────────────────────────────

export interface Reply {
  ok: boolean;
  result?: unknown;
  error?: { code: string; message: string; stack?: string };
}

/** One computer's process; `restart` starts it again on the same data folder and keyring. */
export class Computer {
  private child: ChildProcessWithoutNullStreams | null = null;
  private waiting = new Map<number, (reply: Reply) => void>();
  private nextId = 1;
  private stderr = '';
  pid = 0;
  /** `{"event":"ack"}` lines since the last start. */
  acks: { id: string; body: string }[] = [];
  private exited: Promise<void> = Promise.resolve();

  constructor(
    readonly name: string,
    readonly dataDir: string,
    readonly syncDir: string,
    private readonly keyring: KeyringSession,
    private readonly background = false,
  ) {
    mkdirSync(dataDir, { recursive: true });
    mkdirSync(syncDir, { recursive: true });
  }

  async start(): Promise<void> {
    this.acks = [];
    this.stderr = '';
    const args = [CHILD, '--data-dir', this.dataDir, '--sync-dir', this.syncDir, ...(this.background ? ['--background'] : [])];
    const child = spawn(process.execPath, args, { cwd: repoRoot, env: this.keyring.env, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child = child;
    let buffer = '';
    let ready: (() => void) | null = null;
    const started = new Promise<void>((resolve) => (ready = resolve));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (this.stderr = (this.stderr + c).slice(-20_000)));
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffer += chunk;
      let at: number;
      while ((at = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, at);
        buffer = buffer.slice(at + 1);
        const message = JSON.parse(line) as Reply & { id?: number; event?: string; pid?: number; body?: string };
        if (message.event === 'ready') {
          this.pid = message.pid!;
          ready?.();
        } else if (message.event === 'ack') this.acks.push({ id: (message as { id: unknown }).id as string, body: message.body! });
        else if (typeof message.id === 'number') {
          this.waiting.get(message.id)?.(message);
          this.waiting.delete(message.id);
        }
      }
    });
    this.exited = new Promise((resolve) =>
      child.on('close', () => {
        for (const settle of this.waiting.values()) settle({ ok: false, error: { code: 'CHILD_GONE', message: `${this.name} exited: ${this.stderr}` } });
        this.waiting.clear();
        this.child = null;
        resolve();
      }),
    );
    await Promise.race([started, this.exited.then(() => Promise.reject(new Error(`${this.name} did not start: ${this.stderr}`)))]);
  }

  /** Sends one command; resolves with the answer (or CHILD_GONE when the process died first). */
  send(op: string, args: Record<string, unknown> = {}): Promise<Reply> {
    const child = this.child;
    if (!child) return Promise.resolve({ ok: false, error: { code: 'CHILD_GONE', message: `${this.name} is not running` } });
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      child.stdin.write(`${JSON.stringify({ id, op, ...args })}\n`);
    });
  }

  /** Like send, but the command must succeed. */
  async call<T = unknown>(op: string, args: Record<string, unknown> = {}): Promise<T> {
    const reply = await this.send(op, args);
    if (!reply.ok) throw new Error(`${this.name} ${op} failed: ${reply.error?.code} ${reply.error?.message}\n${reply.error?.stack ?? ''}`);
    return reply.result as T;
  }

  async kill(): Promise<void> {
    if (this.child && this.pid) process.kill(this.pid, 'SIGKILL');
    await this.exited;
  }

  async quit(): Promise<void> {
    if (!this.child) return;
    this.child.stdin.end();
    await this.exited;
  }

  async restart(): Promise<void> {
    await this.start();
    await this.call('unlock');
  }
}

// ── the sync tool ────────────────────────────────────────────────────────────────────────

const STAMP = '2026-12-05';
/** How Dropbox and Syncthing name the copy they keep when two versions of a file meet. */
export const conflictName = (name: string, style: 'dropbox' | 'syncthing', n: number) => {
  const stem = name.slice(0, -'.hearth'.length);
  return style === 'dropbox'
    ? `${stem} (conflicted copy ${STAMP}${n > 0 ? ` ${n}` : ''}).hearth`
    : `${stem}.sync-conflict-20261205-1010${String(10 + n).padStart(2, '0')}-ABCDEFG.hearth`;
};

interface Pending {
  dst: string;
  name: string;
  /** Where the half file is now (the final name, or a temp name the tool renames). */
  partial: string;
  src: string;
  dueRound: number;
}

export interface ToolCounts {
  copied: number;
  duplicated: number;
  delayed: number;
  truncated: number;
  tempFiles: number;
  conflictCopies: number;
  deleted: number;
  /** Half files removed because their writer removed the original before the tool completed them. */
  dropped: number;
}

/**
 * Plays a file-sync tool between two folders. Faulty rounds deliver in a random order, late,
 * twice, half-written in place or as a temp file completed a round or two later, and as
 * conflict copies named as Dropbox and Syncthing name them; deletions follow (sometimes late).
 * Clean rounds deliver everything at once, as the tool does once it catches up.
 */
export class SyncTool {
  private synced = new Set<string>();
  private pending: Pending[] = [];
  /** Names delivered only as a conflict copy: the tool does not offer the original again. */
  private copiedOnly = new Set<string>();
  private roundNo = 0;
  counts: ToolCounts = { copied: 0, duplicated: 0, delayed: 0, truncated: 0, tempFiles: 0, conflictCopies: 0, deleted: 0, dropped: 0 };

  constructor(
    private readonly dirs: readonly [string, string],
    private readonly random: () => number,
  ) {}

  private list(dir: string): string[] {
    return readdirSync(dir).filter(isSyncFileName).sort();
  }

  private shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.random() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  }

  private put(dst: string, name: string, bytes: Buffer): void {
    // As the tools do: a hidden temp file, renamed when whole.
    const temp = join(dst, `.syncthing.${name}.${Math.floor(this.random() * 1e9)}.tmp`);
    writeFileSync(temp, bytes);
    renameSync(temp, join(dst, name));
  }

  /** One round in both directions; returns how many things it did (0: nothing left to do). */
  round(faulty: boolean): number {
    this.roundNo += 1;
    let actions = 0;
    const directions = this.shuffle([
      [this.dirs[0], this.dirs[1]],
      [this.dirs[1], this.dirs[0]],
    ] as [string, string][]);
    for (const [src, dst] of directions) {
      // Half-written files the tool completes now (or drops, when their source has gone).
      for (const p of this.pending.filter((x) => x.dst === dst && (x.dueRound <= this.roundNo || !faulty))) {
        this.pending.splice(this.pending.indexOf(p), 1);
        actions += 1;
        const source = join(p.src, p.name);
        if (!existsSync(source)) {
          rmSync(join(dst, p.partial), { force: true });
          this.counts.dropped += 1;
          continue;
        }
        writeFileSync(join(dst, p.partial), readFileSync(source));
        if (p.partial !== p.name) renameSync(join(dst, p.partial), join(dst, p.name));
      }
      const there = new Set(this.list(dst));
      const here = new Set(this.list(src));
      // Deletions: a file both had that one side removed.
      for (const name of [...this.synced]) {
        if (!here.has(name) && there.has(name)) {
          if (faulty && this.random() < 0.3) {
            this.counts.delayed += 1;
            continue;
          }
          unlinkSync(join(dst, name));
          this.counts.deleted += 1;
          actions += 1;
          this.synced.delete(name);
        } else if (!here.has(name) && !there.has(name)) this.synced.delete(name);
      }
      // Never what the tool is still writing, at either end (it would spread a half file).
      const busy = new Set(this.pending.filter((p) => p.dst === dst || p.dst === src).flatMap((p) => [p.name, p.partial]));
      for (const name of this.shuffle([...here].filter((n) => !there.has(n) && !busy.has(n) && !this.copiedOnly.has(`${dst}\0${n}`)))) {
        const bytes = readFileSync(join(src, name));
        const roll = faulty ? this.random() : 1;
        actions += 1;
        if (roll < 0.15) {
          this.counts.delayed += 1;
          continue;
        }
        if (roll < 0.27) {
          // Written in place, half the bytes; completed a round or two later.
          writeFileSync(join(dst, name), bytes.subarray(0, Math.floor(bytes.length / 2)));
          this.pending.push({ dst, name, partial: name, src, dueRound: this.roundNo + 1 + Math.floor(this.random() * 2) });
          this.counts.truncated += 1;
          continue;
        }
        if (roll < 0.37) {
          // Half a temp file, renamed to its name when whole.
          const partial = `.syncthing.${name}.tmp`;
          writeFileSync(join(dst, partial), bytes.subarray(0, Math.floor(bytes.length / 2)));
          this.pending.push({ dst, name, partial, src, dueRound: this.roundNo + 1 });
          this.counts.tempFiles += 1;
          continue;
        }
        if (roll < 0.5) {
          // A conflict copy; the original follows in a later round half the time.
          const copy = conflictName(name, this.random() < 0.5 ? 'dropbox' : 'syncthing', Math.floor(this.random() * 3));
          this.put(dst, copy, bytes);
          this.counts.conflictCopies += 1;
          if (this.random() < 0.5) this.copiedOnly.add(`${dst}\0${name}`);
          continue;
        }
        this.put(dst, name, bytes);
        this.synced.add(name);
        this.counts.copied += 1;
        if (roll < 0.62) {
          // Delivered twice: the same bytes again (a new time on the file).
          writeFileSync(join(dst, name), bytes);
          this.counts.duplicated += 1;
        }
      }
    }
    return actions;
  }

  /** Nothing half-done, and both folders hold the same files (bar originals only their copies stand for). */
  settled(): boolean {
    return this.pending.length === 0;
  }
}

/** Every byte of every file in a folder (temp files too), for the plaintext scan. */
export function folderBytes(dir: string): { name: string; bytes: Buffer }[] {
  return readdirSync(dir).map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));
}

// ── a couple's computers, for one test file ─────────────────────────────────────────────

export const PARTNERS_A: [string, string] = ['Robin Okonkwo', 'Samira Adeyemi'];
/** B's own names before it joins: the shared journal's replace them. */
export const PARTNERS_B: [string, string] = ['Robbie Placeholder', 'Sami Placeholder'];
export const COMPUTER_A = 'Robin’s Zephyr laptop';
export const COMPUTER_B = 'Samira’s Quokka desktop';

/** Builds the child once for the file, and ends every computer and keyring session after each test. */
export function useComputers() {
  const keyrings: KeyringSession[] = [];
  const computers: Computer[] = [];
  beforeAll(buildChild, 60_000);
  afterEach(async () => {
    await Promise.all(computers.splice(0).map((c) => c.quit()));
    for (const k of keyrings.splice(0)) k.close();
  });
  afterAll(removeChild);

  /** A computer with its own keyring session, data folder and copy of the shared folder, started. */
  async function computer(root: string, name: string, options: { background?: boolean; syncDir?: string } = {}): Promise<Computer> {
    const keyring = await openKeyringSession();
    keyrings.push(keyring);
    const c = new Computer(name, join(root, `${name}-data`), options.syncDir ?? join(root, `${name}-folder`), keyring, options.background ?? false);
    computers.push(c);
    await c.start();
    return c;
  }

  /** Syncs and moves files without faults until neither the tool nor any computer has anything left to do. */
  async function untilQuiet(tool: SyncTool, sides: Computer[], maxRounds = 12): Promise<void> {
    for (let round = 0; round < maxRounds; round++) {
      const before = sides.map((s) => folderBytes(s.syncDir).map((f) => f.name).join());
      const moved = tool.round(false);
      for (const s of sides) await s.call('syncNow');
      const after = sides.map((s) => folderBytes(s.syncDir).map((f) => f.name).join());
      if (moved === 0 && before.join('|') === after.join('|')) return;
    }
    throw new Error('the folders never went quiet');
  }

  /** A shares, B joins with the pairing code, and both sync once through their own folder copies. */
  async function pairUp(root: string, toolSeed: number, options: { background?: boolean } = {}) {
    const [a, b] = await Promise.all([computer(root, 'a', options), computer(root, 'b')]);
    await Promise.all([a.call('setup', { partners: PARTNERS_A }), b.call('setup', { partners: PARTNERS_B })]);
    await a.call('share', { name: COMPUTER_A });
    const { code } = await a.call<{ code: string }>('pairingCode');
    const tool = new SyncTool([a.syncDir, b.syncDir], seeded(toolSeed));
    tool.round(false);
    await b.call('join', { name: COMPUTER_B, code });
    await untilQuiet(tool, [a, b]);
    return { a, b, tool };
  }

  return { computer, untilQuiet, pairUp };
}
