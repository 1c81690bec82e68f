import { watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import type { SyncStatus } from '../../../shared/ipc/features/sync';
import type { EntryVersion } from '../../../shared/ipc/features/sync';
import type { WritableDB } from '../db/connection';
import { isHearthError } from '../errors';
import { syncError } from './errors';
import type { Hearth } from '../hearth';
import { getEntry } from '../journal/entries';
import { isWrongSecret } from '../vault/attempts';
import { readVaultFile, VAULT_FILE } from '../vault';
import { SyncEngine, type FolderPort } from './engine';
import type { KeeperPort } from './keeper';
import { workerKeeper } from './keeper-thread';
import {
  acceptJoin,
  applyEpochChange,
  createDeviceIdentity,
  createKeyring,
  createRecoveryTicket,
  identityFromJson,
  identityToJson,
  joinWithCode,
  joinWithRecoveryCode,
  keyringFromJson,
  keyringToJson,
  newPairingCode,
  removeDevice,
  rotateEpoch,
  SyncFolder,
  ticketFromJson,
  ticketToJson,
  withdrawOffer,
  writeOffer,
  writeRecoveryOffer,
  type DeviceIdentity,
  type Keyring,
  type OfferTicket,
  memberError,
  type Rejection,
} from './folder';
import type { FolderTokens } from './folder-tokens';

/**
 * Sync as the app runs it: the engine (Automerge ⇄ SQLCipher), the sealed folder and its
 * keys, the pairing, and a loop that syncs when the folder changes, every few seconds, and
 * when asked. Everything it keeps (this computer's keys, the keyring, the folder's path) is
 * in the journal's own encrypted sync_config row; it runs only while the journal is open.
 */

export const PAIRING_LIFETIME_MS = 15 * 60_000;
const TICK_MS = 2_000;

interface Saved {
  folder?: string;
  computerName?: string;
  identity?: string;
  keyring?: string;
  tickets?: string[];
  scan?: string;
  /** Files that could not be opened, by name, as of the last look at each. */
  rejectedFiles?: Record<string, Rejection>;
  /**
   * The journal's recovery code, stretched when it was made (setup, or a new code), so that a
   * computer can join with it: never the code itself. Kept when sync stops.
   */
  recoveryTicket?: string;
}

function readSaved(db: WritableDB): Saved & Record<string, unknown> {
  const row = db.prepare('SELECT state FROM sync_config WHERE id = 1').get() as { state: string } | undefined;
  return row ? (JSON.parse(row.state) as Saved & Record<string, unknown>) : {};
}

function writeSaved(db: WritableDB, change: Partial<Saved>): void {
  const next = { ...readSaved(db), ...change };
  db.prepare(`INSERT INTO sync_config (id, enabled, state) VALUES (1, 0, ?) ON CONFLICT (id) DO UPDATE SET state = excluded.state`).run(
    JSON.stringify(next),
  );
}

interface Session {
  db: WritableDB;
  dir: string;
  identity: DeviceIdentity;
  keyring: Keyring;
  tickets: OfferTicket[];
  folder: SyncFolder;
  engine: SyncEngine;
  removedHere: boolean;
}

export interface SyncServiceDeps {
  hearth: Hearth;
  folderTokens: FolderTokens;
  /** Off in tests that drive sync by hand; on in the app and the harness. */
  background?: boolean;
  tickMs?: number;
  log?: (line: string) => void;
  /**
   * Where the sync document is kept while the journal is open: a worker thread of its own
   * unless told (unit tests keep it in their thread).
   */
  keeper?: (device: string) => KeeperPort;
}

export interface SyncService {
  status(): SyncStatus;
  start(folderToken: string, computerName: string, recoveryCode?: string): Promise<SyncStatus>;
  pairingCode(): Promise<{ code: string; expiresAt: number }>;
  join(folderToken: string, computerName: string, secret: { pairingCode: string } | { recoveryCode: string }): Promise<SyncStatus>;
  syncNow(): Promise<SyncStatus>;
  removeComputer(id: string): Promise<SyncStatus>;
  stop(): Promise<SyncStatus>;
  history(uid: string): Promise<EntryVersion[]>;
  /**
   * Called with a recovery code just made (setup, or a new one): kept stretched, so that a
   * second computer can join with it. A new code replaces the old one's way in.
   */
  rememberRecoveryCode(code: string): Promise<void>;
  /** Stops the loop (the app quits). */
  close(): void;
}

const problemOf = (error: unknown): SyncStatus['problem'] => {
  if (!isHearthError(error)) return null;
  const code =
    error.code === 'SYNC_FOLDER_MISSING'
      ? 'folder-missing'
      : error.code === 'SYNC_FOLDER_READ_ONLY'
        ? 'folder-read-only'
        : error.code === 'SYNC_DISK_FULL'
          ? 'disk-full'
          : error.code === 'SYNC_FOLDER_UNREADABLE'
            ? 'folder-unreadable'
            : null;
  return code ? { code, message: error.message } : null;
};



export function createSyncService(deps: SyncServiceDeps): SyncService {
  const { hearth, folderTokens } = deps;
  const log = deps.log ?? (() => {});
  let session: Session | null = null;
  let problem: SyncStatus['problem'] = null;
  let running: Promise<void> | null = null;
  let again = false;
  let watcher: FSWatcher | null = null;
  let debounce: NodeJS.Timeout | null = null;

  const keeperFor = deps.keeper ?? ((device: string) => workerKeeper(device));
  let starting = false;

  /**
   * Runs the first steps of a new session (they wait for the document's thread): until they
   * are done no status call or tick builds a second one; if they fail, its thread ends.
   */
  async function settingUp(s: Session, steps: () => Promise<unknown>): Promise<void> {
    starting = true;
    try {
      await steps();
    } catch (error) {
      s.engine.close();
      throw error;
    } finally {
      starting = false;
    }
  }

  const dropSession = () => {
    watcher?.close();
    watcher = null;
    session?.engine.close();
    session = null;
  };
  hearth.onLock(dropSession);

  const openDb = (): WritableDB | null => (hearth.status().state === 'open' ? hearth.db() : null);

  /** The keys and folder as the journal keeps them, opened for this unlock. */
  function ensureSession(): Session | null {
    const db = openDb();
    // While sharing or joining is being set up, nothing else may start a session of its own.
    if (!db || starting) return null;
    // The same journal, and the document's thread still answering (a failed one starts again).
    if (session && session.db === db && session.engine.usable()) return session;
    dropSession();
    const enabled = (db.prepare('SELECT enabled FROM sync_config WHERE id = 1').get() as { enabled: number } | undefined)?.enabled === 1;
    const saved = readSaved(db);
    if (!enabled || !saved.folder || !saved.identity || !saved.keyring) return null;
    session = build(db, saved.folder, identityFromJson(saved.identity), keyringFromJson(saved.keyring), (saved.tickets ?? []).map(ticketFromJson));
    if (saved.scan) session.folder.importState(saved.scan);
    startWatching(session);
    return session;
  }

  function build(db: WritableDB, dir: string, identity: DeviceIdentity, keyring: Keyring, tickets: OfferTicket[]): Session {
    const s = { db, dir, identity, keyring, tickets, removedHere: keyring.removedHere } as Session;
    s.folder = new SyncFolder({ dir, identity, keyring: () => s.keyring });
    s.engine = new SyncEngine({ db, device: identity.deviceId, folder: port(s), now: () => hearth.now(), keeper: keeperFor(identity.deviceId) });
    return s;
  }

  // Never the scan's memory here: files a scan has read are applied later by the engine, and
  // only once they are (runOnce) may the journal remember them as read.
  const saveKeys = (s: Session) => writeSaved(s.db, { keyring: keyringToJson(s.keyring), tickets: s.tickets.map(ticketToJson) });

  /** What the engine sees: data files; the keyring's own files (epochs, joins) are handled here. */
  function port(s: Session): FolderPort {
    return {
      write: (bytes) => s.folder.write('data', Buffer.from(bytes)),
      remove: (name) => s.folder.remove(name),
      scan: async () => {
        const data: { name: string; digest: string; bytes: Uint8Array }[] = [];
        const rejectedFiles = { ...(readSaved(s.db).rejectedFiles ?? {}) };
        // An epoch change can make files readable that were not: look again after one.
        for (let round = 0; round < 4; round++) {
          const { accepted, rejected } = await s.folder.scan();
          for (const r of rejected) rejectedFiles[r.name] = r.reason;
          let keysChanged = false;
          for (const item of accepted) {
            delete rejectedFiles[item.name];
            // This computer's own files hold its own changes, which its document has already.
            if (item.kind === 'data' && item.device !== s.identity.deviceId) data.push({ name: item.name, digest: item.digest, bytes: item.bytes });
            else if (item.kind === 'epoch') {
              const applied = applyEpochChange(s.keyring, s.identity, item);
              if (applied.ok && applied.changed) {
                s.keyring = applied.keyring;
                keysChanged = true;
              }
            } else if (item.kind === 'join' && s.tickets.length > 0) {
              const accepted = await acceptJoin(s.folder, s.keyring, s.identity, item, s.tickets, new Date(hearth.now()));
              if (accepted.status === 'added') {
                s.keyring = accepted.keyring;
                // A pairing code works once (there is only ever one open).
                if (accepted.ticketUsed) s.tickets = s.tickets.filter((t) => t.via !== 'pairing');
                keysChanged = true;
                log('sync: a computer joined');
              }
            }
          }
          if (s.keyring.removedHere) s.removedHere = true;
          if (s.keyring.needsRotation && !s.removedHere) {
            const change = rotateEpoch(s.keyring, s.identity, new Date(hearth.now()));
            await s.folder.writeSealed(change.file);
            s.keyring = change.keyring;
            keysChanged = true;
          }
          if (keysChanged) {
            await renewRecoveryOffer(s);
            saveKeys(s);
          }
          if (!keysChanged) break;
        }
        // A file that has left the folder (its writer removed it, the sync tool dropped a half copy) is no longer counted.
        const present = new Set(await s.folder.list());
        for (const name of Object.keys(rejectedFiles)) if (!present.has(name)) delete rejectedFiles[name];
        if (JSON.stringify(rejectedFiles) !== JSON.stringify(readSaved(s.db).rejectedFiles ?? {})) writeSaved(s.db, { rejectedFiles });
        const rejectedList = Object.entries(rejectedFiles).map(([name, reason]) => ({
          name,
          reason: reason === 'damaged' ? ('damaged' as const) : ('other-journal' as const),
        }));
        return { accepted: data, rejected: rejectedList };
      },
    };
  }

  async function renewRecoveryOffer(s: Session): Promise<void> {
    const index = s.tickets.findIndex((t) => t.via === 'recovery');
    const ticket = s.tickets[index];
    if (!ticket || ticket.via !== 'recovery' || s.removedHere) return;
    s.tickets[index] = await writeRecoveryOffer(s.folder, s.keyring, s.identity, ticket);
  }

  async function runOnce(): Promise<void> {
    const s = ensureSession();
    if (!s || s.removedHere) return;
    try {
      // Expired pairing offers leave the folder.
      const now = hearth.now();
      for (const t of s.tickets) {
        if (t.via === 'pairing' && Date.parse(t.expiresAt) <= now) await withdrawOffer(s.folder, t).catch(() => undefined);
      }
      const live = s.tickets.filter((t) => t.via !== 'pairing' || Date.parse(t.expiresAt) > now);
      if (live.length !== s.tickets.length) {
        s.tickets = live;
        saveKeys(s);
      }
      await s.engine.syncNow();
      // Only once what the scan read is applied: a crash before this reads those files again.
      // Written only when it changed: an idle tick writes nothing to the journal.
      const scan = s.folder.exportState();
      if (scan !== readSaved(s.db).scan) writeSaved(s.db, { scan });
      problem = null;
    } catch (error) {
      const known = problemOf(error);
      problem = known;
      // A lock in the middle closes the journal: nothing to report, the next unlock goes on.
      if (!known && openDb()) log(`sync: ${isHearthError(error) ? error.code : 'unexpected error'}`);
      if (!known && openDb() && !isHearthError(error)) throw error;
    }
  }

  /** One sync at a time; a request during one runs once more after it. */
  function kick(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await runOnce();
        } while (again);
      } finally {
        running = null;
      }
    })();
    return running;
  }

  function startWatching(s: Session): void {
    if (!deps.background) return;
    try {
      watcher = watch(s.dir, { persistent: false }, () => {
        if (debounce) clearTimeout(debounce);
        debounce = setTimeout(() => void kick().catch(() => undefined), 40);
      });
      watcher.on('error', () => undefined);
    } catch {
      // No watch on this folder (a network drive): the tick still syncs.
    }
  }

  let ticker: NodeJS.Timeout | null = null;
  if (deps.background) {
    ticker = setInterval(() => void kick().catch(() => undefined), deps.tickMs ?? TICK_MS);
    ticker.unref();
  }

  function statusOf(): SyncStatus {
    const db = openDb();
    const s = ensureSession();
    if (!db || !s) {
      return { on: false, folder: null, lastSyncAt: null, pending: 0, computers: [], problem: null, rejected: { damaged: 0, otherJournal: 0 }, pairingUntil: null };
    }
    const engine = s.engine.status();
    const pairing = s.tickets.filter((t) => t.via === 'pairing').map((t) => Date.parse((t as { expiresAt: string }).expiresAt));
    const until = pairing.length > 0 ? Math.max(...pairing) : null;
    return {
      on: true,
      folder: s.dir,
      lastSyncAt: engine.lastSyncAt,
      pending: engine.pending,
      computers: s.keyring.members.map((m) => ({ id: m.deviceId, name: m.name, thisComputer: m.deviceId === s.identity.deviceId })),
      problem: s.removedHere
        ? { code: 'removed', message: memberError.removedHere().message }
        : problem,
      rejected: engine.rejected,
      pairingUntil: until !== null && until > hearth.now() ? until : null,
      refused: engine.refused,
      recoveryCodeJoins: s.tickets.some((t) => t.via === 'recovery'),
    };
  }

  /** The vault's own cost for its recovery code, so joining with it is exactly as hard to guess. */
  function recoveryCost(): { logN: number; r: number; p: number } | undefined {
    const params = readVaultFile(join(hearth.dataDir, VAULT_FILE))?.kdf.recovery;
    return params ? { logN: Math.round(Math.log2(params.N)), r: params.r, p: params.p } : undefined;
  }

  async function checkWritable(dir: string): Promise<void> {
    // A throwaway sealed file proves the folder can be written before anything is kept.
    const probeIdentity = createDeviceIdentity();
    const probe = new SyncFolder({ dir, identity: probeIdentity, keyring: () => createKeyring(probeIdentity, 'probe', new Date()) });
    const name = await probe.write('data', Buffer.alloc(0));
    await probe.remove(name);
  }

  return {
    status: statusOf,

    async start(folderToken, computerName, recoveryCode) {
      const db = hearth.db();
      if (ensureSession()) throw syncError.alreadyOn();
      const dir = folderTokens.take(folderToken);
      await checkWritable(dir);
      const identity = createDeviceIdentity();
      const keyring = createKeyring(identity, computerName, new Date(hearth.now()));
      const remembered = readSaved(db).recoveryTicket;
      const tickets: OfferTicket[] = recoveryCode
        ? [await createRecoveryTicket(recoveryCode, { cost: recoveryCost() })]
        : remembered
          ? [ticketFromJson(remembered)]
          : [];
      writeSaved(db, { folder: dir, computerName, identity: identityToJson(identity), keyring: keyringToJson(keyring), tickets: [], rejectedFiles: {} });
      const s = build(db, dir, identity, keyring, tickets);
      await settingUp(s, async () => {
        await s.engine.enable('share');
        await renewRecoveryOffer(s);
      });
      saveKeys(s);
      session = s;
      startWatching(s);
      await kick();
      return statusOf();
    },

    async pairingCode() {
      const s = ensureSession();
      if (!s) throw syncError.notOn();
      const code = newPairingCode();
      const expiresAt = hearth.now() + PAIRING_LIFETIME_MS;
      // One invitation at a time: a new code withdraws the one before.
      for (const t of s.tickets) if (t.via === 'pairing') await withdrawOffer(s.folder, t).catch(() => undefined);
      const ticket = await writeOffer(s.folder, s.keyring, s.identity, code, new Date(expiresAt));
      s.tickets = [...s.tickets.filter((t) => t.via !== 'pairing'), ticket];
      saveKeys(s);
      // A sync now also saves the folder's memory, which knows the offer is this computer's
      // own file: so it can still withdraw it after a restart.
      await kick();
      // Already in the groups people type (newPairingCode).
      return { code, expiresAt };
    },

    async join(folderToken, computerName, secret) {
      const db = hearth.db();
      if (ensureSession()) throw syncError.alreadyOn();
      const dir = folderTokens.take(folderToken);
      await checkWritable(dir);
      const identity = createDeviceIdentity();
      const placeholder = createKeyring(identity, computerName, new Date(hearth.now()));
      const probe = new SyncFolder({ dir, identity, keyring: () => placeholder });
      const kind = 'pairingCode' in secret ? 'sync-pairing-code' : 'sync-recovery-code';
      const joined = await hearth.privatePageDeps.attempt(
        kind,
        () =>
          'pairingCode' in secret
            ? joinWithCode(probe, secret.pairingCode, identity, computerName, new Date(hearth.now()))
            : joinWithRecoveryCode(probe, secret.recoveryCode, identity, computerName),
        isWrongSecret('SYNC_CODE_WRONG'),
      );
      writeSaved(db, { folder: dir, computerName, identity: identityToJson(identity), keyring: keyringToJson(joined.keyring), tickets: [], rejectedFiles: {} });
      const s = build(db, dir, identity, joined.keyring, []);
      s.folder.importState(probe.exportState());
      await settingUp(s, () => s.engine.enable('join'));
      saveKeys(s);
      session = s;
      startWatching(s);
      await kick();
      return statusOf();
    },

    async syncNow() {
      if (!ensureSession()) throw syncError.notOn();
      await kick();
      return statusOf();
    },

    async removeComputer(id) {
      const s = ensureSession();
      if (!s) throw syncError.notOn();
      const change = removeDevice(s.keyring, s.identity, id, new Date(hearth.now()));
      await s.folder.writeSealed(change.file);
      s.keyring = change.keyring;
      // The removed computer's owner may know the recovery code, and the recovery offer holds
      // the keys: it leaves the folder until a new recovery code is made (Settings), which
      // puts a new one in its place (rememberRecoveryCode).
      const recovery = s.tickets.find((t) => t.via === 'recovery');
      if (recovery?.via === 'recovery' && recovery.name && s.folder.wrote(recovery.name)) await s.folder.remove(recovery.name);
      s.tickets = s.tickets.filter((t) => t.via !== 'recovery');
      writeSaved(s.db, { recoveryTicket: undefined });
      saveKeys(s);
      await kick();
      return statusOf();
    },

    async stop() {
      const db = hearth.db();
      const s = ensureSession();
      if (s) for (const t of s.tickets) if (t.via === 'pairing') await withdrawOffer(s.folder, t).catch(() => undefined);
      dropSession();
      const { recoveryTicket } = readSaved(db);
      db.transaction(() => {
        db.prepare('DELETE FROM sync_config').run();
        if (recoveryTicket) writeSaved(db, { recoveryTicket });
        db.prepare('DELETE FROM sync_chunks').run();
        db.prepare('DELETE FROM sync_outbox').run();
        db.prepare('UPDATE entries SET edited_in_parallel = 0 WHERE edited_in_parallel = 1').run();
      }).immediate();
      return statusOf();
    },

    async history(uid) {
      const s = ensureSession();
      if (!s) {
        const entry = getEntry(hearth.db(), uid);
        if (!entry) return [];
        return [{ body: entry.body, mood: entry.mood, tags: entry.tags, updatedAt: entry.updatedAt, computer: '', current: true, parallel: false }];
      }
      const names = new Map(s.keyring.members.map((m) => [m.deviceId, m.name]));
      return (await s.engine.history(uid)).map(({ device, ...v }) => ({ ...v, computer: names.get(device) ?? '' }));
    },

    async rememberRecoveryCode(code) {
      const ticket = await createRecoveryTicket(code, { cost: recoveryCost() });
      const db = openDb();
      if (!db) return;
      writeSaved(db, { recoveryTicket: ticketToJson(ticket) });
      const s = ensureSession();
      if (!s) return;
      const old = s.tickets.find((t) => t.via === 'recovery');
      s.tickets = [...s.tickets.filter((t) => t.via !== 'recovery'), ticket];
      await renewRecoveryOffer(s);
      if (old?.name && s.folder.wrote(old.name)) await s.folder.remove(old.name);
      saveKeys(s);
      await kick();
    },

    close() {
      if (ticker) clearInterval(ticker);
      dropSession();
    },
  };
}
