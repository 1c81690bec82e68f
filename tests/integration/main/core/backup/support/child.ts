/**
 * A separate process that opens a journal and exports or restores, for what only a real
 * process can show: being killed (SIGKILL, no cleanup at all) at a chosen step, or running
 * under a file-size limit. Run: node --import tsx child.ts '<json args>'. Prints one JSON line.
 */
import { exportBackup, restoreBackup, type BackupFault, type BackupPhase } from '../../../../../../src/main/core/backup';
import { createHearth } from '../../../../../../src/main/core/hearth';
import { HearthError } from '../../../../../../src/main/core/errors';
import { createOsKeychain } from '../../../../../../src/main/core/vault/keychain';
import { FAST_KDF } from '../../../../../support/fast-kdf';

export interface ChildArgs {
  op: 'export' | 'restore';
  dataDir: string;
  file: string;
  passphrase: string;
  workFactor: number;
  /** A fault point, or a progress phase at whose first report the process is killed. */
  killAt?: BackupFault | BackupPhase;
}

const args = JSON.parse(process.argv[2]!) as ChildArgs;
const die = (at: string) => {
  if (at === args.killAt) process.kill(process.pid, 'SIGKILL');
};

const hearth = createHearth({ dataDir: args.dataDir, keychain: createOsKeychain(), kdf: FAST_KDF });
await hearth.unlock();
const options = { workFactor: args.workFactor, faults: die, onProgress: die };
try {
  if (args.op === 'export') await exportBackup(hearth, args.file, args.passphrase, options);
  else await restoreBackup(hearth, args.file, args.passphrase, { mode: 'replace' }, options);
  console.log(JSON.stringify({ ok: true }));
} catch (error) {
  console.log(JSON.stringify({ ok: false, code: error instanceof HearthError ? error.code : 'UNEXPECTED', message: String(error) }));
} finally {
  hearth.lock();
}
