import { join } from 'node:path';
import { createHearth, type Hearth, type HearthDeps } from '../../src/main/core/hearth';
import type { Keychain, LockChoice, Secret } from '../../src/main/core/vault';
import { FAST_KDF } from './fast-kdf';
import { createMemoryKeychain } from './memory-keychain';

/**
 * The one way tests open a journal. A real Hearth on real SQLCipher files, with the memory
 * keychain and a cheap scrypt cost unless a test asks for the OS keychain or the real KDF,
 * so that tests about something else do not each rebuild this by hand.
 */

/** What a test may change about the Hearth it gets; the rest are the Hearth's own defaults. */
export type TestHearthDeps = Partial<Omit<HearthDeps, 'dataDir'>>;

export interface OpenTestJournalOptions extends TestHearthDeps {
  /** The two partners' names given at setup. */
  partners?: readonly [string, string];
  /** How the journal is locked at setup (device only unless told). */
  lock?: LockChoice;
  /** `false` leaves the folder not set up, for tests of setup itself. */
  setup?: boolean;
}

export interface TestJournal {
  hearth: Hearth;
  /** The folder that holds vault.json and journal.db: `<dir>/journal`. */
  dataDir: string;
  /** The recovery code shown at setup; empty when `setup: false`. */
  recoveryCode: string;
  /** The keychain the journal's key was stored in, to open it again elsewhere. */
  keychain: Keychain;
}

export interface ReopenTestJournalOptions extends TestHearthDeps {
  /** How to unlock it: by device unless told; `false` leaves it locked. */
  unlock?: Secret | false;
}

// A memory keychain lives only as long as the test; remember which one holds each journal's
// key so that reopening the same folder, as after a restart, finds it.
const keychains = new Map<string, Keychain>();

const hearthFor = (dataDir: string, keychain: Keychain, deps: TestHearthDeps): Hearth =>
  createHearth({ kdf: FAST_KDF, ...deps, dataDir, keychain });

/**
 * A Hearth on a folder as it is, neither set up nor unlocked, with the test defaults: for
 * tests that drive setup or unlock themselves, or expect them to fail.
 */
export function createTestHearth(dataDir: string, deps: TestHearthDeps = {}): Hearth {
  const { keychain = keychains.get(dataDir) ?? createMemoryKeychain(), ...rest } = deps;
  return hearthFor(dataDir, keychain, rest);
}

/** A new journal in `<dir>/journal`, set up for two partners (Ada and Bo unless told) and open. */
export async function openTestJournal(dir: string, options: OpenTestJournalOptions = {}): Promise<TestJournal> {
  const { partners = ['Ada', 'Bo'], lock, setup = true, keychain = createMemoryKeychain(), ...deps } = options;
  const dataDir = join(dir, 'journal');
  keychains.set(dataDir, keychain);
  const hearth = hearthFor(dataDir, keychain, deps);
  const recoveryCode = setup ? (await hearth.setup(partners, lock)).recoveryCode : '';
  return { hearth, dataDir, recoveryCode, keychain };
}

/**
 * A new Hearth on a journal folder that already exists, as after a restart: with the
 * keychain `openTestJournal` used for it (or the one given), unlocked by device unless told.
 */
export async function reopenTestJournal(dataDir: string, options: ReopenTestJournalOptions = {}): Promise<Hearth> {
  const { unlock = { method: 'device' }, ...deps } = options;
  const hearth = createTestHearth(dataDir, deps);
  if (unlock !== false) await hearth.unlock(unlock);
  return hearth;
}
