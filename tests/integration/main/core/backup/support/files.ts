import { writeFileSync } from 'node:fs';
import { encryptWithPassphrase } from '../../../../../../src/main/core/backup/age-file';
import type { Hearth } from '../../../../../../src/main/core/hearth';
import { snapshotDir } from '../../../../../support/scan';
import { mulberry32 as seeded } from '../../../../../../src/shared/seeded';

/** An age file holding any bytes (or JSON value) we like, as Hearth or the CLI would write it. */
export async function writeAgeFile(path: string, content: unknown, passphrase: string, workFactor = 2): Promise<Buffer> {
  const plaintext = Buffer.isBuffer(content) ? content : Buffer.from(JSON.stringify(content), 'utf8');
  const pieces: Uint8Array[] = [];
  await encryptWithPassphrase(plaintext, passphrase, workFactor, (piece) => pieces.push(piece));
  const bytes = Buffer.concat(pieces);
  writeFileSync(path, bytes);
  return bytes;
}

/**
 * The journal's folder, byte for byte, taken while the journal is closed (an open
 * database's shared-memory file changes on every read), then opened again.
 */
export async function snapshotJournal(hearth: Hearth): Promise<Map<string, string>> {
  hearth.lock();
  const snapshot = snapshotDir(hearth.dataDir);
  await hearth.unlock();
  return snapshot;
}

/** A whole number below `below`, seeded, so every run corrupts the same bytes the same way. */
export function seededRandom(seed: number): (below: number) => number {
  const random = seeded(seed);
  return (below) => Math.floor(random() * below);
}

const CHUNK = 64 * 1024 + 16;

/** Where the payload's STREAM chunks start: after the header line "--- mac\n" and the 16-byte nonce. */
export function payloadStart(file: Buffer): number {
  const macLine = file.indexOf('\n--- ');
  return file.indexOf('\n', macLine + 1) + 1 + 16;
}

/**
 * `count` damaged copies of a good backup: single-byte flips, truncations, and swapped or
 * repeated pieces (whole STREAM chunks and arbitrary ranges). Each differs from the original.
 */
export function corruptions(good: Buffer, count: number, seed: number): { label: string; bytes: Buffer }[] {
  const random = seededRandom(seed);
  const header = payloadStart(good);
  const chunks = Math.floor((good.length - header) / CHUNK);
  const position = () => (random(10) < 4 ? random(header) : random(good.length));
  const out: { label: string; bytes: Buffer }[] = [];
  while (out.length < count) {
    const kind = out.length % 4;
    const bytes = Buffer.from(good);
    let label: string;
    if (kind === 0 || kind === 1) {
      const at = position();
      bytes[at] = bytes[at]! ^ (1 + random(255));
      label = `flip byte ${at}`;
    } else if (kind === 2) {
      const length = position();
      out.push({ label: `truncate to ${length} bytes`, bytes: bytes.subarray(0, length) });
      continue;
    } else if (chunks >= 2 && random(2) === 0) {
      const a = random(chunks);
      const b = (a + 1 + random(chunks - 1)) % chunks;
      const chunkA = Buffer.from(good.subarray(header + a * CHUNK, header + (a + 1) * CHUNK));
      const chunkB = Buffer.from(good.subarray(header + b * CHUNK, header + (b + 1) * CHUNK));
      chunkB.copy(bytes, header + a * CHUNK);
      // Half swap the two chunks, half repeat one over the other.
      if (random(2) === 0) chunkA.copy(bytes, header + b * CHUNK);
      label = `chunks ${a} and ${b} reordered`;
    } else {
      const length = 1 + random(4096);
      const a = random(good.length - 2 * length);
      const b = a + length + random(good.length - a - 2 * length + 1);
      const rangeA = Buffer.from(good.subarray(a, a + length));
      good.copy(bytes, a, b, b + length);
      rangeA.copy(bytes, b);
      label = `ranges at ${a} and ${b} (${length} bytes) swapped`;
    }
    if (!bytes.equals(good)) out.push({ label, bytes });
  }
  return out;
}
