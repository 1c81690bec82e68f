import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * The reference `age` CLI, driven through a pseudo-terminal: it reads passphrases only
 * from a terminal, so `script` gives it one and our stdin is typed into it. Text queued
 * before age turns echo off stays in the terminal's buffer, so writing it up front works.
 */
export const AGE_CLI = '/usr/bin/age';
export const hasAgeCli = existsSync(AGE_CLI) && spawnSync('script', ['--version']).status === 0;

const quote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;

function throughTerminal(command: string[], typed: string): { status: number | null; output: string } {
  const run = spawnSync('script', ['-qec', command.map(quote).join(' '), '/dev/null'], {
    input: typed,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** `age -d`: decrypts `file` to `out` with the passphrase typed at its prompt. */
export const ageDecrypt = (file: string, out: string, passphrase: string) =>
  throughTerminal([AGE_CLI, '-d', '-o', out, file], `${passphrase}\n`);

/** `age -p` (optionally armored): asks for the passphrase twice. */
export const ageEncrypt = (input: string, out: string, passphrase: string, armor = false) =>
  throughTerminal([AGE_CLI, '-p', ...(armor ? ['-a'] : []), '-o', out, input], `${passphrase}\n${passphrase}\n`);
