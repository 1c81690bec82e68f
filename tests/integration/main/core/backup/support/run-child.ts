import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { ChildArgs } from './child';

const CHILD = join(import.meta.dirname, 'child.ts');

/** Runs child.ts in a new Node process (optionally under a shell prefix such as `ulimit -f`). */
export function runChild(args: ChildArgs, shellPrefix?: string) {
  const node = [process.execPath, '--import', 'tsx', CHILD, JSON.stringify(args)];
  const quoted = node.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const run = shellPrefix
    ? spawnSync('bash', ['-c', `${shellPrefix}; exec ${quoted}`], { encoding: 'utf8', timeout: 120_000 })
    : spawnSync(node[0]!, node.slice(1), { encoding: 'utf8', timeout: 120_000 });
  const last = run.stdout.trim().split('\n').at(-1) ?? '';
  let result: { ok: boolean; code?: string; message?: string } | null = null;
  try {
    result = JSON.parse(last);
  } catch {
    result = null;
  }
  return { status: run.status, signal: run.signal, result, stderr: run.stderr };
}
