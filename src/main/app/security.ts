import { BrowserWindow, type Session, type WebContents } from 'electron';
import { APP_SCHEME, isAppUrl, parseUrl } from './app-url';
import { openExternalLink } from './external-links';

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
  // No new windows. A link meant for the web browser (target=_blank) may leave only through
  // the allow-list and the person's yes (external-links.ts); with an empty list, nowhere.
  contents.setWindowOpenHandler(({ url }) => {
    openExternalLink(url, BrowserWindow.fromWebContents(contents)).catch(() => {});
    return { action: 'deny' };
  });
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
