import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { parseUnknown } from '../../../shared/parse';
import type { HearthError } from '../errors';

export interface VersionedJsonFile<T> {
  schema: z.ZodType<T>;
  /** The newest version this Hearth writes; a higher one is refused as from the future. */
  newestVersion: number;
  /** The error (VAULT_CORRUPT) when the file cannot be read or parsed, from the feature's catalogue. */
  damaged: (cause?: unknown) => HearthError;
  /** The error (VAULT_FROM_FUTURE) when a newer Hearth wrote it. */
  fromFuture: () => HearthError;
}

/**
 * Reads one of Hearth's small key files (vault.json, a private page's key file): null when
 * there is none; a named error when it is unreadable, not JSON, newer than this Hearth, or
 * not of its shape. The version is looked at before the shape, so a newer file is never
 * called damaged.
 */
export function readVersionedJson<T>(path: string, file: VersionedJsonFile<T>): T | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw file.damaged(error);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw file.damaged(cause);
  }
  const version = (json as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > file.newestVersion) throw file.fromFuture();
  const parsed = parseUnknown(file.schema, json);
  if (!parsed.ok) throw file.damaged();
  return parsed.value;
}
