#!/usr/bin/env node
// npm run dist [-- <electron-builder options>]: build Hearth and package it for this operating
// system with electron-builder (electron-builder.yml: Linux AppImage + deb, macOS dmg, Windows
// NSIS; asar, fuses). electron-builder rebuilds the SQLCipher module in node_modules for
// Electron; afterwards this puts Node's build back, so `npm test` keeps working — whether or
// not packaging succeeded. Needs network access the first time: electron-builder downloads the
// Electron binary for the target, and node-gyp Electron's headers.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const run = (command, args) => spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' }).status ?? 1;

let status = run('npm', ['run', '-s', 'build']);
if (status === 0) {
  status = run('npx', ['electron-builder', '--config', 'electron-builder.yml', '--publish', 'never', ...process.argv.slice(2)]);
  console.log('\ndist: putting back Node’s build of better-sqlite3-multiple-ciphers for the tests …');
  const restored = run('npm', ['rebuild', 'better-sqlite3-multiple-ciphers']);
  if (restored !== 0) {
    console.error('dist: could not rebuild better-sqlite3-multiple-ciphers for Node; run `npm rebuild better-sqlite3-multiple-ciphers` before `npm test`.');
    status ||= restored;
  }
}
process.exit(status);
