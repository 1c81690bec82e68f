import { BrowserWindow, nativeTheme, type BrowserWindowConstructorOptions } from 'electron';
import { APP_START_URL } from './app-url';
import { preloadPath, secureWebPreferences } from './web-preferences';

/** Fixed: a page title could carry journal text into the taskbar and window switchers. */
export const WINDOW_TITLE = 'Hearth';

/** Painted before the page loads, so opening never flashes white in a dark theme. */
export const backgroundColour = (dark: boolean) => (dark ? '#1c1917' : '#faf7f2');

export function journalWindowOptions(preload: string, dark: boolean): BrowserWindowConstructorOptions {
  return {
    width: 1100,
    height: 760,
    minWidth: 720,
    minHeight: 520,
    show: false,
    title: WINDOW_TITLE,
    backgroundColor: backgroundColour(dark),
    webPreferences: secureWebPreferences(preload),
  };
}

/** The one Hearth window, showing app://hearth/index.html once it has painted. */
export function createJournalWindow(): BrowserWindow {
  const options = journalWindowOptions(preloadPath(), nativeTheme.shouldUseDarkColors);
  // Electronegativity cannot see into these options: sandbox and contextIsolation are on in
  // secureWebPreferences() (asserted by web-preferences.test.ts), and a middle-click opens
  // nothing because guardWebContents() denies every new window (security.test.ts).
  const window = new BrowserWindow(options); // eng-disable SANDBOX_JS_CHECK CONTEXT_ISOLATION_JS_CHECK AUXCLICK_JS_CHECK
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  const followTheme = () => window.setBackgroundColor(backgroundColour(nativeTheme.shouldUseDarkColors));
  nativeTheme.on('updated', followTheme);
  window.on('closed', () => nativeTheme.off('updated', followTheme));
  window.loadURL(APP_START_URL).catch(() => console.warn('[hearth] the window could not load its page'));
  return window;
}

/** A second launch brings the first window back instead of opening the journal twice. */
export function bringToFront(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
