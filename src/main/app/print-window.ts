import { BrowserWindow, type BrowserWindowConstructorOptions, type WebContents } from 'electron';
import { PRINT_WINDOW_CHANNELS } from '../../shared/ipc/channels';
import type { Sheet } from '../../shared/sheet/schema';
import { APP_ORIGIN, isAppUrl, parseUrl } from './app-url';
import type { InvokeEvent } from './ipc';
import { printError } from './print-errors';
import { printPreloadPath, secureWebPreferences } from './web-preferences';
import { WINDOW_TITLE } from './window';

/** The renderer's print entry: it renders only the sheet it is handed, nothing of the journal. */
export const PRINT_PAGE_URL = `${APP_ORIGIN}/print.html`;

/** Laying out a sheet takes well under a second; a window that says nothing by then is stuck. */
export const PRINT_LAYOUT_TIMEOUT_MS = 20_000;

/**
 * Never shown: the same sandboxed, isolated web preferences as the journal window, but its
 * own preload (`printPreloadPath()`), which can only receive the sheet and say it is laid
 * out; and the same guards, which every web contents gets when it is created.
 */
export function printWindowOptions(preload: string): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 1000,
    height: 1400,
    title: WINDOW_TITLE,
    paintWhenInitiallyHidden: true,
    webPreferences: secureWebPreferences(preload),
  };
}

/** The main frame of the print window, showing app://hearth/print.html (no subframe, no other page). */
export function isPrintPageFrame(event: Pick<InvokeEvent, 'senderFrame'>): boolean {
  try {
    const frame = event.senderFrame;
    if (frame == null || frame.parent !== null || !isAppUrl(frame.url)) return false;
    return parseUrl(frame.url)?.pathname === '/print.html';
  } catch {
    return false;
  }
}

/**
 * Opens a hidden print window for `sheet`, waits until it has laid the sheet out, hands
 * it to `use` (print, or make a PDF), and closes it whatever happens. The window's two
 * calls are answered on its own web contents (webContents.ipc), so no other page can
 * ask for the sheet; they are gone with the window.
 */
export async function withPrintWindow<T>(
  sheet: Sheet,
  use: (contents: WebContents, pages: number) => Promise<T>,
  timeoutMs: number = PRINT_LAYOUT_TIMEOUT_MS,
): Promise<T> {
  // Electronegativity cannot see into these options: printWindowOptions() takes the journal
  // window's secureWebPreferences() (sandbox and contextIsolation on), and a middle-click
  // opens nothing because guardWebContents() denies every new window.
  const window = new BrowserWindow(printWindowOptions(printPreloadPath())); // eng-disable SANDBOX_JS_CHECK CONTEXT_ISOLATION_JS_CHECK AUXCLICK_JS_CHECK
  const contents = window.webContents;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const laidOut = new Promise<number>((resolve, reject) => {
    contents.ipc.handle(PRINT_WINDOW_CHANNELS.sheet, (event) => (isPrintPageFrame(event) ? sheet : null));
    contents.ipc.handle(PRINT_WINDOW_CHANNELS.laidOut, (event, pages: unknown) => {
      if (isPrintPageFrame(event) && typeof pages === 'number' && Number.isInteger(pages) && pages >= 1 && pages <= 10_000) {
        resolve(pages);
      }
    });
    timer = setTimeout(
      () => reject(printError.notPrepared()),
      timeoutMs,
    );
  });
  try {
    await window.loadURL(PRINT_PAGE_URL);
    const pages = await laidOut;
    return await use(contents, pages);
  } finally {
    clearTimeout(timer);
    if (!window.isDestroyed()) window.destroy();
  }
}
