/**
 * The packaging settings, read the way electron-builder reads them (its own loader and schema
 * validator), so a change that weakens a fuse, unpacks the archive or widens what is shipped
 * fails here. Building the installers needs an Electron download and each target OS, so it
 * does not happen in the tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, matchesGlob } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const requireHere = createRequire(import.meta.url);

interface BuilderConfig {
  [key: string]: any;
}
let config: BuilderConfig;
let validate: (config: BuilderConfig) => Promise<void>;

beforeAll(async () => {
  const { getConfig, validateConfiguration } = requireHere('app-builder-lib/out/util/config/config.js') as {
    getConfig(projectDir: string, configPath: string | null, fromOptions: null): Promise<BuilderConfig>;
    validateConfiguration(config: BuilderConfig, logger: unknown): Promise<void>;
  };
  const { DebugLogger } = requireHere('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
  config = await getConfig(ROOT, join(ROOT, 'electron-builder.yml'), null);
  validate = (candidate) => validateConfiguration(candidate, new DebugLogger(false));
});

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema validation', async () => {
    await expect(validate(config)).resolves.toBeUndefined();
    // The validator is not a formality: a misspelt fuse is refused.
    await expect(validate({ ...config, electronFuses: { ...config['electronFuses'], runAsNod: false } })).rejects.toThrow(/configuration/);
  });

  it('flips every fuse to its safe side, and no other', () => {
    expect(config['electronFuses']).toStrictEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('ships the built app in an asar archive and nothing else of the project', () => {
    expect(config['asar']).toBe(true);
    const files = (config['files'] as { filter: string[] }[]).flatMap((set) => set.filter);
    expect(files).toEqual(['out/**', '!out/**/*.map', 'package.json']);
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { main: string };
    expect(matchesGlob(manifest.main.replace(/^\.\//, ''), 'out/**'), 'the entry point is inside what ships').toBe(true);
  });

  it('unpacks exactly the native modules, which cannot load from inside the archive', () => {
    const patterns = config['asarUnpack'] as string[];
    const nativeModules = [
      join(ROOT, 'node_modules/better-sqlite3-multiple-ciphers/build/Release/better_sqlite3.node'),
      ...readdirSync(join(ROOT, 'node_modules/@napi-rs'))
        .filter((name) => name.startsWith('keyring-'))
        .flatMap((name) =>
          readdirSync(join(ROOT, 'node_modules/@napi-rs', name))
            .filter((file) => file.endsWith('.node'))
            .map((file) => join(ROOT, 'node_modules/@napi-rs', name, file)),
        ),
    ];
    expect(nativeModules.length).toBeGreaterThanOrEqual(2);
    for (const file of nativeModules) expect(patterns.some((p) => matchesGlob(file, p)), file).toBe(true);
    for (const file of ['node_modules/zod/index.js', 'out/main/index.js', 'node_modules/@napi-rs/keyring/index.js']) {
      expect(patterns.some((p) => matchesGlob(join(ROOT, file), p)), file).toBe(false);
    }
  });

  it('rebuilds the native modules for Electron from source, and publishes nowhere', () => {
    expect(config['npmRebuild']).toBe(true);
    expect(config['buildDependenciesFromSource']).toBe(true);
    expect(config['publish']).toBeNull();
  });

  it('makes AppImage and deb for Linux, dmg for macOS and an NSIS installer for Windows', () => {
    expect(config['linux'].target).toEqual(['AppImage', 'deb']);
    expect(config['mac'].target).toEqual(['dmg']);
    expect(config['mac'].hardenedRuntime).toBe(true);
    expect(config['win'].target).toEqual(['nsis']);
  });

  it('never deletes the journal when Hearth is uninstalled on Windows', () => {
    expect(config['nsis'].deleteAppDataOnUninstall).toBe(false);
  });

  it('is what `npm run dist` uses', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(manifest.scripts['dist']).toBe('node scripts/dist.mjs');
    expect(readFileSync(join(ROOT, 'scripts/dist.mjs'), 'utf8')).toContain("'--config', 'electron-builder.yml'");
  });
});
