import { open } from 'node:fs/promises';

/**
 * Flushes a folder's entry list, so a rename or link inside it survives a power cut.
 * Asynchronous (libuv's thread pool): on a busy disk a directory fsync can take longer
 * than a frame, and the main thread must not wait for it.
 */
export async function flushFolder(dir: string): Promise<void> {
  const handle = await open(dir, 'r').catch(() => null);
  try {
    await handle?.sync();
  } catch {
    // Some file systems refuse to fsync a directory; the rename is still atomic there.
  } finally {
    await handle?.close();
  }
}
