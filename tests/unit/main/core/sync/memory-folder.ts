import { createHash, randomBytes } from 'node:crypto';
import type { FolderPort } from '../../../../../src/main/core/sync/engine';

/**
 * A shared folder in memory, for the engine's own unit tests: files are stored as given (no
 * sealing: that is ./folder's job, tested on its own and with the engine in the integration
 * test). Each port remembers which files it has read.
 */
export function memoryFolder() {
  const files = new Map<string, Uint8Array>();
  const port = (): FolderPort & { seen: Set<string> } => {
    const seen = new Set<string>();
    return {
      seen,
      async write(bytes) {
        const name = randomBytes(16).toString('hex');
        files.set(name, new Uint8Array(bytes));
        return name;
      },
      async scan() {
        const accepted = [];
        for (const [name, bytes] of files) {
          if (seen.has(name)) continue;
          seen.add(name);
          accepted.push({ name, bytes, digest: createHash('sha256').update(bytes).digest('hex') });
        }
        return { accepted, rejected: [] };
      },
      async remove(name) {
        files.delete(name);
      },
    };
  };
  return { files, port };
}
