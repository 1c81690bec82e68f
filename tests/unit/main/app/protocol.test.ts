import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  APP_SCHEME_PRIVILEGES,
  CONTENT_SECURITY_POLICY,
  contentTypeFor,
  rendererDir,
  resolveAppFile,
  serveAppRequest,
  serveRenderer,
} from '../../../../src/main/app/protocol';
import { useTempDirs } from '../../../support/temp-dir';
import { BUILT_MAIN_DIR, PROJECT_ROOT, requireBuilt } from './paths';

vi.mock('electron', () => import('./fake-electron'));

const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const tempDir = useTempDirs();

/** A served folder with a secret file beside it, to prove nothing outside is reachable. */
function servedFolder() {
  const base = tempDir();
  const root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Hearth</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(base, 'secret.txt'), 'SECRET-OUTSIDE');
  return { base, root };
}

const get = (url: string, root: string) => serveAppRequest({ url, method: 'GET' }, root);

describe('the app:// protocol', () => {
  it('is registered as standard and secure, with fetch but no CSP bypass, no CORS exemption, no service workers', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('app');
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({ standard: true, secure: true, supportFetchAPI: true });
    for (const loosening of ['bypassCSP', 'corsEnabled', 'allowServiceWorkers'] as const) {
      expect(APP_SCHEME_PRIVILEGES.privileges?.[loosening]).not.toBe(true);
    }
  });

  it('serves the built renderer from out/renderer, with each script it references as JavaScript', async () => {
    const root = rendererDir(BUILT_MAIN_DIR);
    expect(root).toBe(join(PROJECT_ROOT, 'out', 'renderer'));
    const html = readFileSync(requireBuilt(join(root, 'index.html')), 'utf8');
    const page = await get('app://hearth/index.html', root);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toBe(html);

    const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) {
      const script = await get(new URL(src, 'app://hearth/index.html').href, root);
      expect(script.status, src).toBe(200);
      expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    }
  });

  it('answers the bare origin with index.html', async () => {
    const { root } = servedFolder();
    expect(await (await get('app://hearth/', root)).text()).toContain('<title>Hearth</title>');
  });

  it('puts the strict CSP and nosniff on every answer, refusals included', async () => {
    expect(CONTENT_SECURITY_POLICY).toBe(STRICT_CSP);
    const { root } = servedFolder();
    for (const url of ['app://hearth/index.html', 'app://hearth/assets/app.js', 'app://hearth/missing.js']) {
      const response = await get(url, root);
      expect(response.headers.get('content-security-policy'), url).toBe(STRICT_CSP);
      expect(response.headers.get('x-content-type-options'), url).toBe('nosniff');
    }
  });

  it.each([
    'app://hearth/../../etc/passwd',
    'app://hearth/%2e%2e/%2e%2e/etc/passwd',
    'app://hearth/..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
    'app://hearth/..%2fsecret.txt',
    'app://hearth/assets/..%2f..%2fsecret.txt',
    'app://hearth/..%5csecret.txt',
    'app://hearth/index.html%00.js',
    'app://hearth/%E0%A4%A',
  ])('refuses the escape attempt %s', async (url) => {
    const { root } = servedFolder();
    const response = await get(url, root);
    expect(response.status).toBe(404);
    const body = await response.text();
    expect(body).not.toContain('SECRET-OUTSIDE');
    expect(body).not.toContain('root:');
  });

  it.each([
    'app://evil/index.html',
    'app://hearth.evil.example/index.html',
    'app://hearth:8080/index.html',
    'app://someone@hearth/index.html',
    'https://hearth/index.html',
    'file:///etc/passwd',
  ])('refuses %s, which is not app://hearth/', async (url) => {
    const { root } = servedFolder();
    expect(resolveAppFile(url, root)).toBeNull();
    expect((await get(url, root)).status).toBe(404);
  });

  it('refuses missing files, folders and a symlink that leads outside', async () => {
    const { base, root } = servedFolder();
    symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'link.txt'));
    for (const url of ['app://hearth/nope.js', 'app://hearth/assets', 'app://hearth/assets/', 'app://hearth/assets/link.txt']) {
      const response = await get(url, root);
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('SECRET-OUTSIDE');
    }
  });

  it('accepts reading only', async () => {
    const { root } = servedFolder();
    expect((await serveAppRequest({ url: 'app://hearth/index.html', method: 'POST' }, root)).status).toBe(405);
    const head = await serveAppRequest({ url: 'app://hearth/index.html', method: 'HEAD' }, root);
    expect(head.status).toBe(200);
  });

  it('names content types so nosniff never has to guess', () => {
    expect(contentTypeFor('/a/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/a/app.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/a/style.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('/a/font.woff2')).toBe('font/woff2');
    expect(contentTypeFor('/a/logo.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('/a/unknown.bin')).toBe('application/octet-stream');
  });

  it('is installed on the app scheme and serves through the same rules', async () => {
    const { recorded } = await import('./fake-electron');
    const { protocol } = await import('electron');
    const { root } = servedFolder();
    serveRenderer(protocol, root);
    const handler = recorded.protocolHandlers.get('app');
    expect(handler).toBeDefined();
    expect((await handler!(new Request('app://hearth/index.html'))).status).toBe(200);
    expect((await handler!(new Request('app://hearth/..%2fsecret.txt'))).status).toBe(404);
  });
});
