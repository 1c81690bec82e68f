import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json',
};

export interface RendererFile {
  body: Buffer;
  type: string;
}

const inside = (root: string, path: string) => path === root || path.startsWith(root + sep);

/**
 * A file of the built renderer, or null. The decoded URL path is resolved under `root` and
 * then through symlinks, and anything that lands outside `root` is refused.
 */
export async function readRendererFile(root: string, urlPath: string): Promise<RendererFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const realRoot = await realpath(root);
  const wanted = resolve(realRoot, `.${decoded.endsWith('/') ? `${decoded}index.html` : decoded}`);
  if (!inside(realRoot, wanted)) return null;
  try {
    const real = await realpath(wanted);
    if (!inside(realRoot, real) || !(await stat(real)).isFile()) return null;
    return { body: await readFile(real), type: TYPES[extname(real)] ?? 'application/octet-stream' };
  } catch {
    return null;
  }
}

const STRICT_CONNECT = "connect-src 'none'";
const MODULE_SCRIPT = '<script type="module"';

/**
 * index.html as the harness serves it: the preload stand-in injected as a classic script
 * before the app's module script (so `window.hearth` exists first), and the CSP's
 * connect-src relaxed from 'none' to 'self'. Only the harness needs that: in the app,
 * calls go through Electron IPC and the page may fetch nothing at all.
 */
export function harnessIndexHtml(html: string, preloadUrl: string): string {
  if (!html.includes(STRICT_CONNECT) || !html.includes(MODULE_SCRIPT)) {
    throw new Error('index.html no longer has the CSP or module script the harness expects; update the harness');
  }
  return html
    .replace(STRICT_CONNECT, () => "connect-src 'self'")
    .replace(MODULE_SCRIPT, () => `<script src="${preloadUrl}"></script>\n    ${MODULE_SCRIPT}`);
}
