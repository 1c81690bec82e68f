import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import {
  addDevice,
  applyEpochChange,
  createDeviceIdentity,
  createKeyring,
  memberOf,
  open,
  SyncFolder,
  type DeviceIdentity,
  type Keyring,
  type ScryptCost,
} from '../../../../../../src/main/core/sync/folder';

export const NOW = new Date('2026-12-05T10:00:00Z');
/** The smallest cost Hearth accepts from a header, so tests stay quick; the real costs are in pairing.ts. */
export const TEST_COST: ScryptCost = { logN: 10, r: 8, p: 1 };
export const HEARTH_NAME = /^[0-9a-f]{32}\.hearth$/;

/** A computer: its identity, its keyring (changing), and its view of the shared folder. */
export interface Computer {
  identity: DeviceIdentity;
  keyring: Keyring;
  folder: SyncFolder;
}

export function computer(dir: string, keyring?: Keyring, identity = createDeviceIdentity()): Computer {
  const me: Computer = { identity, keyring: keyring!, folder: undefined as unknown as SyncFolder };
  me.folder = new SyncFolder({ dir, identity, keyring: () => me.keyring });
  return me;
}

/** A first computer and a second one already joined (the join flow itself is tested in pairing.test.ts). */
export function pair(dir: string): { a: Computer; b: Computer } {
  const a = computer(dir);
  a.keyring = createKeyring(a.identity, "Robin's laptop", NOW);
  const b = computer(dir, a.keyring);
  const change = addDevice(a.keyring, a.identity, memberOf(b.identity, "Sam's laptop"), NOW);
  a.keyring = change.keyring;
  const opened = open(change.file, b.keyring);
  const applied = opened.ok ? applyEpochChange(b.keyring, b.identity, opened) : null;
  if (!applied?.ok) throw new Error('b could not join');
  b.keyring = applied.keyring;
  return { a, b };
}

/** Applies every epoch change a scan brought, then scans again, until nothing new arrives. Returns every data payload seen. */
export async function syncUp(me: Computer): Promise<{ data: string[]; rejected: string[] }> {
  const data: string[] = [];
  const rejected: string[] = [];
  for (let round = 0; round < 10; round++) {
    const { accepted, rejected: bad } = await me.folder.scan();
    rejected.push(...bad.map((r) => r.reason));
    let learnt = false;
    for (const item of accepted) {
      if (item.kind === 'epoch') {
        const applied = applyEpochChange(me.keyring, me.identity, item);
        if (applied.ok && applied.changed) {
          me.keyring = applied.keyring;
          learnt = true;
        }
      } else if (item.kind === 'data') data.push(item.bytes.toString('utf8'));
    }
    if (!learnt) break;
  }
  return { data, rejected };
}

/** A real tiny disk (needs root and mount), or false where that is not allowed. */
export function mountTmpfs(dir: string, size: string, readOnly = false): boolean {
  if (process.env.HEARTH_TEST_NO_MOUNT === '1') return false;
  mkdirSync(dir, { recursive: true });
  const ok = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0700`, 'tmpfs', dir]).status === 0;
  if (ok && readOnly) spawnSync('mount', ['-o', 'remount,ro', dir]);
  return ok;
}
export const unmount = (dir: string) => spawnSync('umount', [dir]);
