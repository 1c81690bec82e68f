import {
  addDevice,
  applyEpochChange,
  createDeviceIdentity,
  createKeyring,
  memberOf,
  open,
  type DeviceIdentity,
  type Keyring,
} from '../../../../../../src/main/core/sync/folder';

export const NOW = new Date('2026-12-05T10:00:00Z');

/** Adds `joiner` the way a join ends: the member makes an epoch change, the joiner (holding the offer's keys) applies it. */
export function join(owner: { identity: DeviceIdentity; keyring: Keyring }, joiner: DeviceIdentity, name: string) {
  const offered = owner.keyring;
  const change = addDevice(owner.keyring, owner.identity, memberOf(joiner, name), NOW);
  const opened = open(change.file, offered);
  if (!opened.ok) throw new Error(`the change did not open: ${opened.reason}`);
  const applied = applyEpochChange(offered, joiner, opened);
  if (!applied.ok) throw new Error(`the joiner could not apply the change: ${applied.reason}`);
  return { ownerKeyring: change.keyring, joinerKeyring: applied.keyring, file: change.file };
}

/** Two computers sharing one journal, each with its own view. */
export function couple() {
  const a = createDeviceIdentity();
  const b = createDeviceIdentity();
  const first = join({ identity: a, keyring: createKeyring(a, "Robin's laptop", NOW) }, b, "Sam's laptop");
  return { a, b, ka: first.ownerKeyring, kb: first.joinerKeyring };
}

/** Three computers sharing one journal. */
export function trio() {
  const { a, b, ka, kb } = couple();
  const c = createDeviceIdentity();
  const second = join({ identity: a, keyring: ka }, c, 'Old desktop');
  const opened = open(second.file, kb);
  if (!opened.ok) throw new Error('b could not open the second change');
  const applied = applyEpochChange(kb, b, opened);
  if (!applied.ok) throw new Error('b could not apply the second change');
  return { a, b, c, ka: second.ownerKeyring, kb: applied.keyring, kc: second.joinerKeyring };
}
