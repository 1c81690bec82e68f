import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file below a folder, recursively. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** Files below `dir` whose bytes contain `marker` in UTF-8 or UTF-16LE. */
export function filesContaining(dir: string, marker: string): string[] {
  const needles = [Buffer.from(marker, 'utf8'), Buffer.from(marker, 'utf16le')];
  return listFiles(dir).filter((file) => {
    const bytes = readFileSync(file);
    return needles.some((needle) => bytes.includes(needle));
  });
}

/** A fingerprint of a folder: each file's path and bytes, to prove nothing changed. */
export function snapshotDir(dir: string): Map<string, string> {
  return new Map(listFiles(dir).map((file) => [file, readFileSync(file).toString('base64')]));
}
