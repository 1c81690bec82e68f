import { scrypt as scryptCallback, randomBytes } from 'node:crypto';
import { vaultError } from './errors';

export interface ScryptParams {
  name: 'scrypt';
  salt: string;
  N: number;
  r: number;
  p: number;
}

/** Bounds on what a vault file may ask for, so a tampered file cannot make Hearth hang or exhaust memory. */
const MAX_LOG_N = 20;
const MAX_MEMORY = 1024 * 1024 * 1024;
const memoryFor = ({ N, r, p }: Pick<ScryptParams, 'N' | 'r' | 'p'>) => 128 * N * r * (p + 1);

export function checkScryptParams(params: ScryptParams): void {
  const { N, r, p } = params;
  const powerOfTwo = N > 1 && (N & (N - 1)) === 0;
  if (!powerOfTwo || N > 2 ** MAX_LOG_N || r < 1 || r > 32 || p < 1 || p > 4 || memoryFor(params) > MAX_MEMORY) {
    throw vaultError.unsafeKeySettings();
  }
}

/**
 * A typed secret as bytes, made at the boundary so the rest of the vault handles only Buffers
 * it can wipe. The string itself cannot be wiped; the caller drops it as soon as it can.
 */
export function secretBytes(secret: string): Buffer {
  return Buffer.from(secret.normalize('NFKC'), 'utf8');
}

/** Runs `use` on the bytes of `secret` and wipes them after, whatever happens. */
export async function withSecretBytes<T>(secret: string, use: (bytes: Buffer) => Promise<T>): Promise<T> {
  const bytes = secretBytes(secret);
  try {
    return await use(bytes);
  } finally {
    bytes.fill(0);
  }
}

/**
 * scrypt runs on libuv's thread pool, so the main thread stays responsive while it works.
 * It takes the secret as bytes the caller wipes, and the callback closes over nothing but
 * the promise's settle functions, so no closure keeps a secret alive after the call.
 */
export function stretch(secret: Buffer, params: ScryptParams): Promise<Buffer> {
  checkScryptParams(params);
  const salt = Buffer.from(params.salt, 'base64');
  const options = { N: params.N, r: params.r, p: params.p, maxmem: memoryFor(params) + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scryptCallback(secret, salt, 32, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export interface Calibration {
  params: ScryptParams;
  /** How long one derivation took with the chosen parameters, in milliseconds. */
  measuredMs: number;
}

/** Times one derivation with the given parameters, in milliseconds. */
export async function timeScrypt(params: ScryptParams): Promise<number> {
  const started = performance.now();
  (await stretch(Buffer.from('calibration'), params)).fill(0);
  return performance.now() - started;
}

/**
 * Picks the scrypt cost for this machine: the smallest power of two (2^14 to 2^18) that
 * takes at least `targetMs` (a quarter second by default), so unlocking stays bearable
 * and guessing slow. Starts at 2^14 and jumps towards the estimate.
 */
export async function calibrateScrypt(
  targetMs = 250,
  measure: (params: ScryptParams) => Promise<number> = timeScrypt,
  random: (n: number) => Buffer = randomBytes,
): Promise<Calibration> {
  const salt = random(16).toString('base64');
  let logN = 14;
  for (;;) {
    const params: ScryptParams = { name: 'scrypt', salt, N: 2 ** logN, r: 8, p: 1 };
    const measuredMs = await measure(params);
    if (measuredMs >= targetMs || logN >= 18) return { params, measuredMs };
    // Each step doubles the cost; the estimate may undershoot by one, never overshoot.
    const doublings = Math.max(1, Math.floor(Math.log2(targetMs / Math.max(measuredMs, 0.001))));
    logN = Math.min(18, logN + doublings);
  }
}
