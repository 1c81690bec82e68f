import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../support/temp-dir';

/**
 * tests/unit and tests/integration mirror src/ one to one, so the tests of a file are found
 * beside its folder's name: a test of src/main/core/vault/kdf.ts lives in
 * tests/<kind>/main/core/vault/. The renderer's code sits one level deeper (src/renderer/src/),
 * and tests/<kind>/renderer/<x> stands for src/renderer/src/<x>.
 */

const KINDS = ['unit', 'integration'];

/** Top-level test folders that check the tree as a whole, not one part of src/. */
const WHOLE_TREE = new Set(['layering', 'bench', 'packaging']);

/**
 * Test files that are about the app across folders (`path: why`), which may sit where they
 * like; every other one must be beside its source.
 */
const CROSS_CUTTING: Record<string, string> = {
  'tests/integration/main/core/journal-at-rest.test.ts':
    'scans every file Hearth keeps at rest (journal, its log, the vault) through the whole of core, not one folder',
};

/** The src/ folder a test folder stands for. */
function sourceFolderFor(testFolder: string): string {
  const [top, ...rest] = testFolder.split('/');
  return top === 'renderer' ? join('src/renderer/src', ...rest) : join('src', testFolder);
}

function testFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return testFiles(path);
    return name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Every test below tests/unit and tests/integration not beside its source in src/, as `test → where it belongs`. */
function misplacedTests(root: string): string[] {
  return KINDS.flatMap((kind) => {
    const base = join(root, 'tests', kind);
    return testFiles(base).flatMap((file) => {
      const fromBase = relative(base, file).split(sep).join('/');
      const testFolder = dirname(fromBase);
      const path = `tests/${kind}/${fromBase}`;
      if (WHOLE_TREE.has(testFolder.split('/')[0]!) || path in CROSS_CUTTING) return [];
      if (testFolder === '.') return [`${path} → loose, in no folder of src/`];
      const source = sourceFolderFor(testFolder);
      const isFolder = existsSync(join(root, source)) && statSync(join(root, source)).isDirectory();
      if (!isFolder) return [`${path} → ${source} (no such folder)`];
      // `vault-kdf.test.ts` beside src's own vault/ folder belongs inside it.
      const name = basename(file, '.test.ts');
      if (!name.includes('-')) return [];
      const named = name.slice(0, name.indexOf('-'));
      const inner = join(root, source, named);
      return existsSync(inner) && statSync(inner).isDirectory() ? [`${path} → ${source}/${named} (its folder)`] : [];
    });
  }).sort();
}

const repoRoot = join(import.meta.dirname, '../../..');
const tempDir = useTempDirs();

const scratch = (files: string[]): string => {
  const root = tempDir();
  for (const file of files) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), '');
  }
  return root;
};

describe('the tests folder mirrors src/', () => {
  it('has every unit and integration test beside the folder of the code it tests', () => {
    expect(misplacedTests(repoRoot)).toEqual([]);
    // An exception outlives its test only by mistake.
    expect(Object.keys(CROSS_CUTTING).filter((path) => !existsSync(join(repoRoot, path)))).toEqual([]);
  });

  it('finds a test dropped into a folder src/ does not have, loose at the top, or beside its own folder (so the check can fail)', () => {
    const root = scratch([
      'src/main/core/vault/kdf.ts',
      'src/renderer/src/timeline/range.ts',
      'tests/unit/main/core/vault/kdf.test.ts',
      'tests/unit/renderer/timeline/range.test.ts',
      'tests/unit/layering/anything.test.ts',
      'tests/unit/main/core/vault/support/helper.ts',
      // The misplaced ones:
      'tests/unit/main/core/vaults/kdf.test.ts',
      'tests/unit/main/core/vault-kdf.test.ts',
      'tests/integration/renderer/timelines/range.test.ts',
      'tests/unit/loose.test.ts',
    ]);
    expect(misplacedTests(root)).toEqual([
      'tests/integration/renderer/timelines/range.test.ts → src/renderer/src/timelines (no such folder)',
      'tests/unit/loose.test.ts → loose, in no folder of src/',
      'tests/unit/main/core/vault-kdf.test.ts → src/main/core/vault (its folder)',
      'tests/unit/main/core/vaults/kdf.test.ts → src/main/core/vaults (no such folder)',
    ]);
  });
});
