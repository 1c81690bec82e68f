/**
 * Runs first-time setup in a child process whose D-Bus environment the test controls, then
 * prints one JSON line: the error code (if any), and whether a key for the attempted journal
 * exists in either Linux store (Secret Service or the kernel keyring).
 *   node --import tsx setup-child.ts <dataDir>
 */
import { Entry } from '@napi-rs/keyring';
import { createOsKeychain, type Keychain } from '../../../src/main/core/vault/keychain';
import { createTestHearth } from '../../support/journal';

const dataDir = process.argv[2]!;
const attempted: string[] = [];
const os = createOsKeychain();
const recording: Keychain = {
  get: (account) => os.get(account),
  delete: (account) => os.delete(account),
  set: (account, secret) => {
    attempted.push(account);
    return os.set(account, secret);
  },
};

const keyFoundAnywhere = (account: string): boolean =>
  (['secret-service', 'keyutils'] as const).some((store) => {
    try {
      return new Entry('Hearth', account, { linux: { store } }).getPassword() != null;
    } catch {
      return false; // that store is not reachable, so it holds nothing of ours
    }
  });

// Setup itself is what this child tries, so it drives it, on a Hearth with the test defaults.
const hearth = createTestHearth(dataDir, { keychain: recording });
let code: string | null = null;
let message = '';
try {
  await hearth.setup(['Ada', 'Bo']);
} catch (error) {
  code = (error as { code?: string }).code ?? 'THROWN';
  message = (error as Error).message;
}
console.log(
  JSON.stringify({ code, message, attempted: attempted.length, keyFound: attempted.some(keyFoundAnywhere) }),
);
