import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { electronNativeBindingPath, nativeBindingFor } from '../../../../src/main/app/native-binding';
import { useTempDirs } from '../../../support/temp-dir';
import { PROJECT_ROOT } from './paths';

/** The pure helpers of scripts/start.mjs (plain JS, so typed here by hand). */
interface StartScript {
  electronNativeBindingPath(root: string, version: string): string;
  electronBinary(root: string, env?: Record<string, string | undefined>): string | null;
  cannotStartSentence(reasons: string[]): string;
}
const startScriptUrl = pathToFileURL(join(PROJECT_ROOT, 'scripts', 'start.mjs')).href;
const loadStartScript = async () => (await import(/* @vite-ignore */ startScriptUrl)) as StartScript;

const tempDir = useTempDirs();

describe('which SQLite build Hearth loads', () => {
  it('is Node’s own under Node, so the tests keep using node_modules', () => {
    expect(nativeBindingFor({ node: '20.20.2' }, '/app')).toBeUndefined();
  });

  it('is the Electron build for the running Electron version inside Electron', () => {
    expect(nativeBindingFor({ node: '22.20.0', electron: '45.5.0' }, '/app')).toBe(
      join('/app', 'build', 'native', 'electron-45.5.0', 'better_sqlite3.node'),
    );
  });

  it('is the one in node_modules in a packaged app, which electron-builder rebuilt for Electron', () => {
    expect(nativeBindingFor({ node: '22.20.0', electron: '45.5.0' }, '/opt/Hearth/resources/app.asar', true)).toBeUndefined();
  });

  it('is exactly where npm start builds it', async () => {
    const script = await loadStartScript();
    for (const version of ['45.5.0', '46.0.0-beta.1']) {
      expect(script.electronNativeBindingPath(PROJECT_ROOT, version)).toBe(electronNativeBindingPath(PROJECT_ROOT, version));
    }
  });
});

describe('npm start', () => {
  it('finds the Electron binary only where it was actually installed', async () => {
    const { electronBinary } = await loadStartScript();
    const root = tempDir();
    const electronDir = join(root, 'node_modules', 'electron');
    mkdirSync(join(electronDir, 'dist'), { recursive: true });
    expect(electronBinary(root, {})).toBeNull();
    writeFileSync(join(electronDir, 'path.txt'), 'electron');
    expect(electronBinary(root, {})).toBeNull(); // path.txt without the binary: not installed
    writeFileSync(join(electronDir, 'dist', 'electron'), '');
    expect(electronBinary(root, {})).toBe(join(electronDir, 'dist', 'electron'));
  });

  it('explains what is missing in one sentence', async () => {
    const { cannotStartSentence } = await loadStartScript();
    expect(cannotStartSentence(['the binary is not installed'])).toBe('Hearth cannot start: the binary is not installed.');
    const sentence = cannotStartSentence(['a is missing', 'b is missing', 'c is missing']);
    expect(sentence).toBe('Hearth cannot start: a is missing, b is missing and c is missing.');
    expect(sentence.match(/\./g)).toHaveLength(1);
  });
});
