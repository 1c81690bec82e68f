import { dialog, shell, type BaseWindow, type MessageBoxOptions } from 'electron';
import { parseUrl } from './app-url';

/**
 * The only sites Hearth may send a person to, as exact https origins. Empty: Hearth links
 * nowhere today. Add an origin here (with a test) when a page needs a link out, e.g. to a
 * directory of couples' therapists.
 */
export const EXTERNAL_LINK_ALLOW_LIST: readonly string[] = [];

/** https only, no credentials, and an origin on the list exactly (no look-alike hosts, no ports). */
export function isAllowedExternalUrl(url: string, allowList: readonly string[] = EXTERNAL_LINK_ALLOW_LIST): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    allowList.includes(parsed.origin)
  );
}

/** Asks before leaving the app, naming where to; Cancel is the default and what Escape does. */
export function confirmLeavingOptions(url: URL): MessageBoxOptions {
  return {
    type: 'question',
    buttons: ['Cancel', 'Open in browser'],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
    title: 'Open a web page',
    message: `Open ${url.host} in your web browser?`,
    detail: `${url.href}\n\nThe page opens outside Hearth. Nothing from your journal is sent.`,
  };
}

/**
 * The one way out to the web: an allowed https address, after the person says yes. Anything
 * else is dropped without a dialog (a page cannot use this to pester). True when it opened.
 */
export async function openExternalLink(
  url: string,
  parent: BaseWindow | null,
  allowList: readonly string[] = EXTERNAL_LINK_ALLOW_LIST,
): Promise<boolean> {
  if (!isAllowedExternalUrl(url, allowList)) return false;
  const target = new URL(url);
  const options = confirmLeavingOptions(target);
  const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
  if (response !== 1) return false;
  // Only an https origin on the allow-list reaches this line, and only after a yes.
  await shell.openExternal(target.href); // eng-disable OPEN_EXTERNAL_JS_CHECK
  return true;
}
