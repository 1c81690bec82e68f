import { randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { lockAndTell } from '../../src/main/app/lock-events';
import { createHandlers, createHearth, createOsKeychain, dispatch } from '../../src/main/core';
import { CHANNEL_NAMES } from '../../src/shared/ipc/channels';
import type { Progress } from '../../src/shared/ipc/contract';
import { ChosenPath } from '../../src/shared/ipc/features/backup-dialogs';
import { createDialogAnswers, harnessAppHandlers } from './app-handlers';
import { ensureRendererBuilt, RENDERER_DIR } from './build';
import { preloadStandIn } from './preload-stand-in';
import { harnessIndexHtml, readRendererFile } from './renderer-files';

export interface HarnessOptions {
  dataDir: string;
  /** The folder the stand-in sync folder dialog picks (two harnesses with one = two computers). */
  syncDir?: string;
  /** 0 or absent: any free port. */
  port?: number;
  /** Where the harness says what it does (stderr in the CLI; never journal text). */
  log?: (line: string) => void;
}

export interface Harness {
  url: string;
  /** Sends a progress event to every page listening through `window.hearth.onProgress`. */
  publishProgress(progress: Progress): void;
  /**
   * Locks the journal as system sleep or the OS screen lock does in the app (the same
   * main/app function), telling every page listening through `window.hearth.onLocked`.
   * Returns how many pages were listening.
   */
  lockAsOnSleep(): number;
  /** What the next backup file dialog "picks" (see app-handlers.ts): a path, or that it was closed. */
  queueDialogAnswer(answer: ChosenPath): void;
  /** Locks the journal and stops serving. */
  close(): Promise<void>;
}

const INVOKE = '/__hearth/invoke/';
/** Test-only: POST with the token to lock as on sleep; 409 while no page listens for it yet. */
const TEST_LOCK = '/__hearth/test/lock';
/** Test-only: POST with the token and {path} or {cancelled: true}: the next file dialog's answer (app-handlers.ts). */
const TEST_NEXT_PATH = '/__hearth/test/next-path';
// An entry may be 100,000 characters; JSON escaping can make that a few times larger.
const MAX_BODY_BYTES = 4 * 1024 * 1024;

const COMMON_HEADERS = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { ...COMMON_HEADERS, 'content-type': type });
  res.end(body);
}

const sendJson = (res: ServerResponse, status: number, value: unknown) =>
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Serves the built renderer and the real core's IPC handler table over loopback, so a real
 * browser drives the real UI against the real, encrypted journal (DESIGN.md §7).
 */
export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const log = options.log ?? (() => {});
  ensureRendererBuilt(log);
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const hearth = createHearth({ dataDir: options.dataDir, keychain: createOsKeychain() });
  const dialogs = createDialogAnswers();
  // The harness forwards progress the way main does, over its event stream.
  if (options.syncDir) mkdirSync(options.syncDir, { recursive: true, mode: 0o700 });
  // Sync runs in the background as in the app: the other computer's writing arrives by itself.
  const handlers = {
    ...createHandlers(hearth, { onProgress: (progress) => publish('progress', progress), syncInBackground: true }),
    ...harnessAppHandlers(dialogs, undefined, options.syncDir ? { syncDir: options.syncDir } : {}),
  };
  const token = randomBytes(32).toString('hex');
  const preloadUrl = `/__hearth/preload.js?token=${token}`;
  const eventStreams = new Set<ServerResponse>();
  let host = '';

  const tokenIs = (given: unknown): boolean => {
    if (typeof given !== 'string' || given.length !== token.length) return false;
    return timingSafeEqual(Buffer.from(given), Buffer.from(token));
  };

  const invoke = async (req: IncomingMessage, res: ServerResponse, rawChannel: string) => {
    if (req.method !== 'POST') return send(res, 405, 'text/plain', 'POST only');
    if (!tokenIs(req.headers['x-hearth-token'])) return send(res, 403, 'text/plain', 'Forbidden');
    const text = await readBody(req);
    if (text === null) return send(res, 413, 'text/plain', 'Too large');
    let body: unknown;
    try {
      body = text === '' ? {} : JSON.parse(text);
    } catch {
      body = null;
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      return sendJson(res, 400, {
        ok: false,
        error: { code: 'INVALID_INPUT', message: 'That request was not in a form Hearth accepts. Nothing was changed.' },
      });
    }
    let channel: string;
    try {
      channel = decodeURIComponent(rawChannel);
    } catch {
      channel = rawChannel; // dispatch answers UNKNOWN_CHANNEL for it
    }
    const input = (body as { input?: unknown }).input;
    const result = await dispatch(handlers, channel, input, ({ channel: name, code, errorName }) =>
      log(`${name}: ${code}${errorName ? ` (${errorName})` : ''}`),
    );
    sendJson(res, 200, result);
  };

  const publish = (event: string, data: unknown): number => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
    for (const stream of eventStreams) stream.write(frame);
    return eventStreams.size;
  };

  const lockAsOnSleep = (): number => {
    const listening = eventStreams.size;
    lockAndTell(hearth, () => publish('locked', {}));
    return listening;
  };

  const testLock = (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'POST') return send(res, 405, 'text/plain', 'POST only');
    if (!tokenIs(req.headers['x-hearth-token'])) return send(res, 403, 'text/plain', 'Forbidden');
    // A page's event stream opens a moment after it loads: say so rather than lock unheard.
    if (eventStreams.size === 0) return sendJson(res, 409, { listening: 0 });
    sendJson(res, 200, { listening: lockAsOnSleep() });
  };

  const testNextPath = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'POST') return send(res, 405, 'text/plain', 'POST only');
    if (!tokenIs(req.headers['x-hearth-token'])) return send(res, 403, 'text/plain', 'Forbidden');
    let answer: unknown;
    try {
      answer = JSON.parse((await readBody(req)) ?? '');
    } catch {
      answer = null;
    }
    const parsed = ChosenPath.safeParse(answer);
    if (!parsed.success) return send(res, 400, 'text/plain', 'Send {"path": "..."} or {"cancelled": true}');
    dialogs.push(parsed.data);
    sendJson(res, 200, { queued: true });
  };

  const subscribe = (res: ServerResponse) => {
    res.writeHead(200, { ...COMMON_HEADERS, 'content-type': 'text/event-stream', connection: 'keep-alive' });
    res.write(': hearth events\n\n');
    eventStreams.add(res);
    res.on('close', () => eventStreams.delete(res));
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    // Only this exact origin: a page elsewhere that rebinds a name to 127.0.0.1 is refused.
    if (req.headers.host !== host) return send(res, 403, 'text/plain', 'Forbidden');
    const url = new URL(req.url ?? '/', `http://${host}`);
    const path = url.pathname;
    if (path.startsWith(INVOKE)) return invoke(req, res, path.slice(INVOKE.length));
    if (path === TEST_LOCK) return testLock(req, res);
    if (path === TEST_NEXT_PATH) return testNextPath(req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'GET only');
    if (path === '/__hearth/preload.js' || path === '/__hearth/events') {
      if (!tokenIs(url.searchParams.get('token'))) return send(res, 403, 'text/plain', 'Forbidden');
      if (path === '/__hearth/events') return subscribe(res);
      return send(res, 200, 'text/javascript; charset=utf-8', preloadStandIn(token, CHANNEL_NAMES));
    }
    if (path === '/' || path === '/index.html') {
      const html = await readFile(join(RENDERER_DIR, 'index.html'), 'utf8');
      return send(res, 200, 'text/html; charset=utf-8', harnessIndexHtml(html, preloadUrl));
    }
    const file = await readRendererFile(RENDERER_DIR, path);
    if (!file) return send(res, 404, 'text/plain', 'Not found');
    send(res, 200, file.type, file.body);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log(`request failed: ${error instanceof Error ? error.name : typeof error}`);
      if (!res.headersSent) send(res, 500, 'text/plain', 'Harness error');
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  host = `127.0.0.1:${port}`;

  let closing: Promise<void> | null = null;
  return {
    url: `http://${host}/`,
    publishProgress(progress) {
      publish('progress', progress);
    },
    lockAsOnSleep,
    queueDialogAnswer: (answer) => dialogs.push(answer),
    close() {
      closing ??= new Promise<void>((resolve) => {
        hearth.lock();
        for (const stream of eventStreams) stream.end();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
