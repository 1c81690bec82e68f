import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/**
 * The reference `age` CLI encrypting the same plaintext bytes Hearth's export encrypts.
 * `age -p` reads its passphrase only from a terminal, so `script` gives it one and the
 * passphrase (twice: entry and confirmation) is typed into it; it then uses scrypt at its
 * default work factor (18, as Hearth). `age -r` (an X25519 recipient from age-keygen) needs
 * no terminal: the same payload encryption without scrypt, shown for reference.
 */
export const AGE = '/usr/bin/age';
const AGE_KEYGEN = '/usr/bin/age-keygen';

const quote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;

export interface AgeCli {
  passphrase: boolean;
  recipient: string | null;
  version: string | null;
}

export function detectAge(): AgeCli {
  if (!existsSync(AGE)) return { passphrase: false, recipient: null, version: null };
  const version = spawnSync(AGE, ['--version'], { encoding: 'utf8' }).stdout?.trim() || null;
  const passphrase = spawnSync('script', ['--version']).status === 0;
  let recipient: string | null = null;
  if (existsSync(AGE_KEYGEN)) {
    const keygen = spawnSync(AGE_KEYGEN, [], { encoding: 'utf8' });
    recipient = /^# public key: (age1[0-9a-z]+)$/m.exec(keygen.stdout ?? '')?.[1] ?? /(age1[0-9a-z]+)/.exec(keygen.stderr ?? '')?.[1] ?? null;
  }
  return { passphrase, recipient, version };
}

function check(status: number | null, out: string, what: string, output: string): void {
  if (status !== 0 || !existsSync(out) || statSync(out).size === 0) throw new Error(`${what} failed (${status}): ${output.slice(0, 300)}`);
}

/** Wall time of `age -p -o out input` driven through a pseudo-terminal, in ms. */
export function agePassphrase(input: string, out: string, passphrase: string): number {
  rmSync(out, { force: true });
  const start = performance.now();
  const run = spawnSync('script', ['-qec', [AGE, '-p', '-o', out, input].map(quote).join(' '), '/dev/null'], {
    input: `${passphrase}\n${passphrase}\n`,
    encoding: 'utf8',
    timeout: 300_000,
  });
  const ms = performance.now() - start;
  check(run.status, out, 'age -p', `${run.stdout}${run.stderr}`);
  return ms;
}

/** Wall time of `age -r <recipient> -o out input`, in ms. */
export function ageRecipient(input: string, out: string, recipient: string): number {
  rmSync(out, { force: true });
  const start = performance.now();
  const run = spawnSync(AGE, ['-r', recipient, '-o', out, input], { encoding: 'utf8', timeout: 300_000 });
  const ms = performance.now() - start;
  check(run.status, out, 'age -r', `${run.stdout}${run.stderr}`);
  return ms;
}

/** What `script` and process start-up add to the `age -p` figure: `script -qec true`, in ms. */
export function scriptOverhead(): number {
  const start = performance.now();
  spawnSync('script', ['-qec', 'true', '/dev/null'], { encoding: 'utf8' });
  return performance.now() - start;
}
