import { request as httpRequest } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHANNEL_NAMES } from '../../src/shared/ipc/channels';
import { startHarness } from '../harness';
import { expect, test } from './fixtures';
import { screenHeading } from './support/journey';
import type { PageGlobal } from './support/page-global';

/** The token, read the way only a test may: from the script tag the harness injected. */
async function tokenOf(url: string): Promise<string> {
  const html = await (await fetch(url)).text();
  const token = /\/__hearth\/preload\.js\?token=([0-9a-f]+)/.exec(html)?.[1];
  if (!token) throw new Error('no preload stand-in in index.html');
  return token;
}

/** A GET whose path is sent exactly as written (fetch would normalise the dots away). */
function rawGet(url: string, path: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url);
    const req = httpRequest({ hostname, port, path, headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

const invoke = (url: string, channel: string, headers: Record<string, string>) =>
  fetch(new URL(`__hearth/invoke/${channel}`, url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({}),
  });

test('the harness refuses calls without its token and names unknown channels', async ({ harnessUrl }) => {
  expect((await invoke(harnessUrl, 'app.status', {})).status).toBe(403);
  expect((await invoke(harnessUrl, 'app.status', { 'x-hearth-token': '0'.repeat(64) })).status).toBe(403);
  expect((await fetch(new URL('__hearth/preload.js', harnessUrl))).status).toBe(403);
  expect((await fetch(new URL('__hearth/events?token=nope', harnessUrl))).status).toBe(403);

  const token = await tokenOf(harnessUrl);
  const unknown = await invoke(harnessUrl, 'entries.dropAll', { 'x-hearth-token': token });
  expect(unknown.status).toBe(200);
  expect(await unknown.json()).toEqual({
    ok: false,
    error: { code: 'UNKNOWN_CHANNEL', message: 'Hearth does not know that request.' },
  });
  const status = await invoke(harnessUrl, 'app.status', { 'x-hearth-token': token });
  expect(await status.json()).toMatchObject({ ok: true, value: { state: 'needs-setup' } });
});

test('the harness serves only the built renderer, only to its own origin', async ({ harnessUrl }) => {
  for (const path of ['/../package.json', '/%2e%2e/package.json', '/assets/..%2f..%2fpackage.json', '/..%5cpackage.json']) {
    expect(await rawGet(harnessUrl, path), path).toBe(404);
  }
  // A page elsewhere that points its own name at 127.0.0.1 must not get the token-bearing page.
  expect(await rawGet(harnessUrl, '/', { host: 'attacker.example' })).toBe(403);
  expect(await rawGet(harnessUrl, '/')).toBe(200);
});

// In-process (startHarness), because only the harness's owner can publish progress events.
test('the stand-in preload is frozen, complete, and relays progress events', async ({ page }) => {
  const parent = mkdtempSync(join(tmpdir(), 'hearth-e2e-'));
  const harness = await startHarness({ dataDir: join(parent, 'journal') });
  try {
    await page.goto(harness.url);
    await expect(screenHeading(page)).toHaveText('Welcome to Hearth');
    const shape = await page.evaluate(() => {
      const { hearth } = globalThis as unknown as PageGlobal;
      return {
        frozen: Object.isFrozen(hearth) && Object.isFrozen(hearth.invoke),
        replaced: Reflect.set(globalThis, 'hearth', {}),
        channels: Object.keys(hearth.invoke).sort(),
      };
    });
    expect(shape).toEqual({
      frozen: true,
      replaced: false,
      channels: [...CHANNEL_NAMES].sort(),
    });

    type Heard = PageGlobal & { heard?: unknown };
    await page.evaluate(() => {
      const page = globalThis as unknown as Heard;
      page.hearth.onProgress((progress) => (page.heard = progress));
    });
    const progress = { taskId: 'backup-1', phase: 'writing', done: 3, total: 10 };
    // The event stream opens asynchronously: publish until the page has heard one.
    await expect
      .poll(() => {
        harness.publishProgress(progress);
        return page.evaluate(() => (globalThis as unknown as Heard).heard ?? null);
      })
      .toEqual(progress);
  } finally {
    await harness.close();
    rmSync(parent, { recursive: true, force: true });
  }
});
