// npm start: build Hearth, make sure Electron has its own build of the SQLite module, launch.
// node_modules keeps Node's build for the tests, so `npm test` and `npm start` both keep working.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const HEADERS_URL = 'https://electronjs.org/headers';
const SQLITE_PACKAGE = 'better-sqlite3-multiple-ciphers';

class StartError extends Error {}

/** Same layout as src/main/app/native-binding.ts; a unit test keeps the two in step. */
export const electronNativeBindingPath = (root, version) =>
  join(root, 'build', 'native', `electron-${version}`, 'better_sqlite3.node');

export const electronVersion = (root) =>
  JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;

/** Electron's executable if it is installed. Never `require('electron')`: that starts a download. */
export function electronBinary(root, env = process.env) {
  const pathFile = join(root, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) return null;
  const name = readFileSync(pathFile, 'utf8').trim();
  const dist = env.ELECTRON_OVERRIDE_DIST_PATH || join(root, 'node_modules', 'electron', 'dist');
  return existsSync(join(dist, name)) ? join(dist, name) : null;
}

/** One sentence naming everything that stops Hearth from starting. */
export function cannotStartSentence(reasons) {
  const list = reasons.length > 1 ? `${reasons.slice(0, -1).join(', ')} and ${reasons.at(-1)}` : reasons[0];
  return `Hearth cannot start: ${list}.`;
}

/** npm's own node-gyp (npm puts its path in npm_config_node_gyp for scripts). */
function nodeGyp() {
  const candidates = [
    process.env.npm_config_node_gyp,
    join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  ];
  return candidates.find((path) => path && existsSync(path)) ?? null;
}

async function headersAvailable(version, devdir) {
  if (existsSync(join(devdir, version, 'installVersion'))) return true;
  try {
    const url = `${HEADERS_URL}/v${version}/SHASUMS256.txt`;
    return (await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(15_000) })).ok;
  } catch {
    return false;
  }
}

function run(command, args, cwd, what) {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) throw new StartError(`Hearth cannot start: ${what} failed (see the output above).`);
}

/** Builds a copy of the package against Electron's headers, leaving node_modules untouched. */
function buildSqliteForElectron(root, version, gyp, devdir, target) {
  const source = join(root, 'node_modules', SQLITE_PACKAGE);
  const work = join(root, 'build', 'native', `work-electron-${version}`);
  rmSync(work, { recursive: true, force: true });
  cpSync(source, work, { recursive: true, filter: (path) => path !== join(source, 'build') && !path.startsWith(join(source, 'build') + sep) });
  run(process.execPath, [gyp, 'rebuild', '--release', `--target=${version}`, `--dist-url=${HEADERS_URL}`, '--runtime=electron', `--devdir=${devdir}`], work, `building ${SQLITE_PACKAGE} for Electron ${version}`);
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(join(work, 'build', 'Release', 'better_sqlite3.node'), target);
  rmSync(work, { recursive: true, force: true });
}

async function main() {
  const version = electronVersion(ROOT);
  const binary = electronBinary(ROOT);
  const target = electronNativeBindingPath(ROOT, version);
  const devdir = join(ROOT, 'build', 'native', 'headers');
  const gyp = nodeGyp();
  const needsBuild = !existsSync(target);

  // Everything missing is named at once, before any slow work starts.
  const reasons = [];
  if (!binary) reasons.push(`the Electron ${version} binary is not installed in node_modules/electron/dist`);
  if (needsBuild && !gyp) reasons.push('node-gyp (bundled with npm) was not found');
  if (needsBuild && !(await headersAvailable(version, devdir))) {
    reasons.push(`Electron ${version}'s headers, needed to build the SQLite module for Electron, could not be downloaded from ${HEADERS_URL}`);
  }
  if (reasons.length > 0) throw new StartError(cannotStartSentence(reasons));

  run(process.execPath, [join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], ROOT, 'the build');
  if (needsBuild) buildSqliteForElectron(ROOT, version, gyp, devdir, target);

  const child = spawn(binary, ['.'], { cwd: ROOT, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0);
  });
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  main().catch((error) => {
    console.error(error instanceof StartError ? error.message : `Hearth cannot start: ${error?.message ?? error}`);
    process.exitCode = 1;
  });
}
