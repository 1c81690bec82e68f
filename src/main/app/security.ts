import type { Session, WebContents } from 'electron';
import { APP_SCHEME, isAppUrl, parseUrl } from './app-url';

export { isAppUrl } from './app-url';

/**
 * Hearth is offline by design: the page may load only its own app:// files, and the
 * developer tools their devtools:// pages. Everything else is cancelled before it leaves.
 */
export function shouldAllowRequest(url: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  if (parsed.protocol === `${APP_SCHEME}:`) return isAppUrl(url);
  return parsed.protocol === 'devtools:';
}

type NavigationEvent = { url: string; preventDefault(): void };
const stayInApp = (event: NavigationEvent) => {
  if (!isAppUrl(event.url)) event.preventDefault();
};

/**
 * Every web contents (windows, and anything a page might try to create) stays on
 * app://hearth/: no leaving it, no new windows, no <webview>.
 */
export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', stayInApp);
  contents.on('will-frame-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/**
 * Nothing the page asks for is granted (camera, notifications, USB, …), nothing is
 * downloaded, and no request leaves the app.
 */
export function lockDownSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, answer) => answer(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler?.(() => false);
  session.on('will-download', (event) => event.preventDefault());
  session.webRequest.onBeforeRequest((details, answer) => answer({ cancel: !shouldAllowRequest(details.url) }));
}
