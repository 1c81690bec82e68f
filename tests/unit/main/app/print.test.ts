import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { serveAppRequest } from '../../../../src/main/app/protocol';
import { registerIpc, type InvokeEvent, type InvokeListener } from '../../../../src/main/app/ipc';
import { createSheetPrinting } from '../../../../src/main/app/print';
import { PRINT_PAGE_URL } from '../../../../src/main/app/print-window';
import { preloadPath, printPreloadPath, secureWebPreferences } from '../../../../src/main/app/web-preferences';
import { HearthError, type HandlerTable } from '../../../../src/main/core';
import { ipcChannelName, PRINT_WINDOW_CHANNELS } from '../../../../src/shared/ipc/channels';
import { buildSheet, type Paper, type Sheet } from '../../../../src/shared/sheet';
import { useTempDirs } from '../../../support/temp-dir';
import { PROJECT_ROOT, requireBuilt } from './paths';
import { FakeBrowserWindow, FakeWebContents, recorded, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const tempDir = useTempDirs();

const sheetOn = (paper: Paper): Sheet =>
  buildSheet({
    exerciseIds: ['three-minutes-each', 'weekly-check-in'],
    options: { paper, includeReflection: true, includeNotes: true },
    names: { a: 'Ada', b: 'Bo' },
    date: '2026-11-25',
  });

const PRINT_FRAME = { url: PRINT_PAGE_URL, parent: null };
const parent = new FakeBrowserWindow({});

/** Plays the print page's part: asks for its sheet, then says it laid it out on `pages`. */
async function printPageLaysOut(pages: number, frame: InvokeEvent['senderFrame'] = PRINT_FRAME) {
  await vi.waitFor(() => expect(recorded.windows.length).toBeGreaterThan(1));
  const window = recorded.windows[recorded.windows.length - 1]!;
  await vi.waitFor(() => expect(window.loadedUrl).toBe(PRINT_PAGE_URL));
  const ask = (channel: string, ...args: unknown[]) =>
    window.webContents.ipc.handlers.get(channel)!({ sender: window.webContents, senderFrame: frame }, ...args);
  const sheet = await ask(PRINT_WINDOW_CHANNELS.sheet);
  await ask(PRINT_WINDOW_CHANNELS.laidOut, pages);
  return { window, sheet };
}

let folder: string;
beforeEach(() => {
  resetFakeElectron();
  recorded.windows.push(parent); // the journal window, opened before
  folder = tempDir();
});

describe('saving the sheet as a PDF', () => {
  it('asks where, with a dated default name, then renders it in a hidden, sandboxed window', async () => {
    const printing = createSheetPrinting({ parentWindow: () => parent as never });
    const target = join(folder, 'our-sheet.pdf');
    recorded.saveDialogAnswer = { canceled: false, filePath: target };
    const sheet = sheetOn('A4');

    const saving = printing['sheet.savePdf']({ sheet });
    const { window, sheet: handedOver } = await printPageLaysOut(3);
    expect(await saving).toEqual({ saved: true, fileName: 'our-sheet.pdf', pages: 3 });

    expect(recorded.saveDialogs).toHaveLength(1);
    expect(recorded.saveDialogs[0]!.parent).toBe(parent);
    expect(recorded.saveDialogs[0]!.options).toMatchObject({
      defaultPath: '/home/someone/Documents/hearth-conversation-sheet-2026-11-25.pdf',
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    });
    expect(recorded.calls.indexOf('dialog.showSaveDialog')).toBeLessThan(recorded.calls.lastIndexOf('new BrowserWindow'));

    expect(window.options).toMatchObject({ show: false });
    // Its own preload, which can only receive the sheet: not the journal window's bridge.
    expect(window.options.webPreferences).toStrictEqual(secureWebPreferences(printPreloadPath()));
    expect(window.options.webPreferences.preload).not.toBe(preloadPath());
    expect(window.loadedUrl).toBe('app://hearth/print.html');
    expect(handedOver).toBe(sheet);

    expect(window.webContents.pdfRequests).toHaveLength(1);
    const options = window.webContents.pdfRequests[0]!;
    expect(options).toMatchObject({ pageSize: 'A4', displayHeaderFooter: true, preferCSSPageSize: true, printBackground: true });
    expect(options['footerTemplate']).toContain('class="pageNumber"');
    expect(options['footerTemplate']).toContain('class="totalPages"');
    expect(options['footerTemplate']).not.toContain('Ada');

    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 fake sheet\n');
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(readdirSync(folder)).toEqual(['our-sheet.pdf']);
    expect(window.isDestroyed()).toBe(true);
  });

  it('prints a Letter sheet on Letter paper', async () => {
    const printing = createSheetPrinting({ parentWindow: () => parent as never });
    recorded.saveDialogAnswer = { canceled: false, filePath: join(folder, 'letter.pdf') };
    const saving = printing['sheet.savePdf']({ sheet: sheetOn('Letter') });
    const { window } = await printPageLaysOut(2);
    await saving;
    expect(window.webContents.pdfRequests[0]).toMatchObject({ pageSize: 'Letter' });
  });

  it('writes nothing and opens no window when the dialog is cancelled', async () => {
    const printing = createSheetPrinting({ parentWindow: () => parent as never });
    recorded.saveDialogAnswer = { canceled: true, filePath: '' };
    expect(await printing['sheet.savePdf']({ sheet: sheetOn('A4') })).toEqual({ saved: false });
    expect(recorded.windows).toEqual([parent]);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('starts the dialog without a folder when there is no Documents folder', async () => {
    const printing = createSheetPrinting({
      parentWindow: () => null,
      documentsDir: () => {
        throw new Error('no documents');
      },
    });
    await printing['sheet.savePdf']({ sheet: sheetOn('A4') });
    expect(recorded.saveDialogs[0]).toMatchObject({ parent: null, options: { defaultPath: 'hearth-conversation-sheet-2026-11-25.pdf' } });
  });

  it('says so, writes nothing and closes the window when the PDF cannot be made', async () => {
    const printing = createSheetPrinting({ parentWindow: () => parent as never });
    recorded.saveDialogAnswer = { canceled: false, filePath: join(folder, 'sheet.pdf') };
    recorded.printing.pdfBytes = null;
    const saving = printing['sheet.savePdf']({ sheet: sheetOn('A4') });
    const { window } = await printPageLaysOut(1);
    await expect(saving).rejects.toMatchObject({ code: 'PRINT_FAILED' });
    expect(readdirSync(folder)).toEqual([]);
    expect(window.isDestroyed()).toBe(true);
  });

  it('says so when the chosen folder cannot be written, leaving no half file', async () => {
    const printing = createSheetPrinting({ parentWindow: () => parent as never });
    recorded.saveDialogAnswer = { canceled: false, filePath: join(folder, 'gone', 'sheet.pdf') };
    const saving = printing['sheet.savePdf']({ sheet: sheetOn('A4') });
    await printPageLaysOut(1);
    const error = await Promise.resolve(saving).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HearthError);
    expect(error).toMatchObject({ code: 'PDF_WRITE_FAILED' });
    expect((error as Error).message).not.toContain(folder);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('gives up, and closes the window, when the print page never lays the sheet out', async () => {
    const printing = createSheetPrinting({ parentWindow: () => parent as never, layoutTimeoutMs: 30 });
    recorded.saveDialogAnswer = { canceled: false, filePath: join(folder, 'sheet.pdf') };
    await expect(printing['sheet.savePdf']({ sheet: sheetOn('A4') })).rejects.toMatchObject({ code: 'PRINT_FAILED' });
    const window = recorded.windows[recorded.windows.length - 1]!;
    expect(window.isDestroyed()).toBe(true);
    expect(window.webContents.pdfRequests).toEqual([]);
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe('the print window’s bridge', () => {
  it('hands the sheet only to the print page’s own main frame', async () => {
    const printing = createSheetPrinting({ parentWindow: () => parent as never, layoutTimeoutMs: 200 });
    recorded.saveDialogAnswer = { canceled: false, filePath: join(folder, 'sheet.pdf') };
    const saving = Promise.resolve(printing['sheet.savePdf']({ sheet: sheetOn('A4') })).catch((e: unknown) => e);
    await vi.waitFor(() => expect(recorded.windows.length).toBe(2));
    const window = recorded.windows[1]!;
    const ask = (frame: InvokeEvent['senderFrame'], channel: string, ...args: unknown[]) =>
      window.webContents.ipc.handlers.get(channel)!({ sender: window.webContents, senderFrame: frame }, ...args);

    expect(await ask({ url: 'app://hearth/index.html', parent: null }, PRINT_WINDOW_CHANNELS.sheet)).toBeNull();
    expect(await ask({ url: PRINT_PAGE_URL, parent: PRINT_FRAME }, PRINT_WINDOW_CHANNELS.sheet)).toBeNull();
    expect(await ask({ url: 'https://evil.example/print.html', parent: null }, PRINT_WINDOW_CHANNELS.sheet)).toBeNull();
    expect(await ask(null, PRINT_WINDOW_CHANNELS.sheet)).toBeNull();
    // Nonsense page counts, or the count from a subframe, do not start printing.
    for (const pages of [0, -1, 1.5, '3', 1e9]) await ask(PRINT_FRAME, PRINT_WINDOW_CHANNELS.laidOut, pages);
    await ask({ url: PRINT_PAGE_URL, parent: PRINT_FRAME }, PRINT_WINDOW_CHANNELS.laidOut, 2);
    expect(await saving).toMatchObject({ code: 'PRINT_FAILED' });
    expect(window.webContents.pdfRequests).toEqual([]);
    // The journal window's contents never got a print bridge.
    expect(parent.webContents.ipc.handlers.size).toBe(0);
  });
});

describe('printing on paper', () => {
  it('opens the system print dialog on the sheet’s paper, and reports the pages', async () => {
    const printing = createSheetPrinting({ parentWindow: () => parent as never });
    const printed = printing['sheet.print']({ sheet: sheetOn('Letter') });
    const { window } = await printPageLaysOut(4);
    expect(await printed).toEqual({ printed: true, pages: 4 });
    expect(window.webContents.printRequests[0]).toMatchObject({ silent: false, pageSize: 'Letter', printBackground: true });
    expect(window.options).toMatchObject({ show: false });
    expect(window.isDestroyed()).toBe(true);
    expect(recorded.saveDialogs).toEqual([]);
  });

  it('is not an error when the person cancels the print dialog', async () => {
    recorded.printing.printOutcome = [false, 'Print job canceled'];
    const printing = createSheetPrinting({ parentWindow: () => parent as never });
    const printed = printing['sheet.print']({ sheet: sheetOn('A4') });
    await printPageLaysOut(1);
    expect(await printed).toEqual({ printed: false, pages: 1 });
  });

  it('names a printer failure', async () => {
    recorded.printing.printOutcome = [false, 'Print job failed'];
    const printing = createSheetPrinting({ parentWindow: () => parent as never });
    const printed = printing['sheet.print']({ sheet: sheetOn('A4') });
    await printPageLaysOut(1);
    await expect(printed).rejects.toMatchObject({ code: 'PRINT_FAILED' });
  });
});

describe('the print channels behind registerIpc', () => {
  const appWindow = new FakeWebContents();
  const trusted: InvokeEvent = { sender: appWindow, senderFrame: { url: 'app://hearth/index.html', parent: null } };

  function served() {
    const listeners = new Map<string, InvokeListener>();
    const printing = createSheetPrinting({ parentWindow: () => parent as never });
    registerIpc(
      { handle: (channel, listener) => listeners.set(channel, listener) },
      {} as HandlerTable,
      (event) => event.sender === appWindow && event.senderFrame?.parent === null,
      () => {},
      printing,
    );
    return (channel: 'sheet.print' | 'sheet.savePdf', event: InvokeEvent, input: unknown) =>
      listeners.get(ipcChannelName(channel))!(event, input);
  }

  it('answers the app window, through the contract', async () => {
    const send = served();
    expect(await send('sheet.savePdf', trusted, { sheet: sheetOn('A4') })).toEqual({ ok: true, value: { saved: false } });
  });

  it('refuses another sender before any dialog or window opens', async () => {
    const send = served();
    const stranger: InvokeEvent = { sender: new FakeWebContents(), senderFrame: { url: 'app://hearth/index.html', parent: null } };
    for (const channel of ['sheet.print', 'sheet.savePdf'] as const) {
      expect(await send(channel, stranger, { sheet: sheetOn('A4') })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    }
    expect(recorded.saveDialogs).toEqual([]);
    expect(recorded.windows).toEqual([parent]);
  });

  it('refuses a sheet that is not a sheet before any dialog or window opens', async () => {
    const send = served();
    const sheet = sheetOn('A4');
    const spoiled = [
      undefined,
      { sheet: { ...sheet, exercises: [] } },
      { sheet: { ...sheet, extra: '<script>' } },
      { sheet: { ...sheet, excerpt: 'x'.repeat(1_000_000) } },
      { sheet: { ...sheet, date: '../../../../etc/passwd' } },
      { sheet, path: '/tmp/chosen-by-page.pdf' },
    ];
    for (const input of spoiled) {
      for (const channel of ['sheet.print', 'sheet.savePdf'] as const) {
        const answer = await send(channel, trusted, input);
        expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
        expect(JSON.stringify(answer)).not.toContain('xxxxxxxx');
      }
    }
    expect(recorded.saveDialogs).toEqual([]);
    expect(recorded.windows).toEqual([parent]);
  });

  it('answers UNKNOWN_CHANNEL where no app handler was given, as before', async () => {
    const listeners = new Map<string, InvokeListener>();
    registerIpc({ handle: (c, l) => listeners.set(c, l) }, {} as HandlerTable, () => true, () => {});
    const answer = await listeners.get(ipcChannelName('sheet.print'))!(trusted, { sheet: sheetOn('A4') });
    expect(answer).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });
});

describe('the print page the hidden window loads', () => {
  it('is built, served on app://hearth/print.html with the strict CSP, and runs no inline script', async () => {
    const root = join(PROJECT_ROOT, 'out', 'renderer');
    requireBuilt(join(root, 'print.html'));
    const response = await serveAppRequest({ url: PRINT_PAGE_URL, method: 'GET' }, root);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await response.text();
    expect(html).toContain('id="print-root"');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\sstyle=/);
  });
});
