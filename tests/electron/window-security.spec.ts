import { expect, test } from '@playwright/test';
import { useBuiltApp } from './launch';
import { CHANNEL_NAMES } from '../../src/shared/ipc/channels';

const running = useBuiltApp('window-security');

test('the page is served from app://hearth and the window title is fixed', async () => {
  expect(running.page.url()).toBe('app://hearth/index.html');
  await running.page.evaluate('document.title = "Our argument about money"');
  const title = await running.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.getTitle());
  expect(title).toBe('Hearth');
});

test('the page has no Node, only the frozen window.hearth', async () => {
  expect(await running.page.evaluate('[typeof require, typeof process, typeof module, typeof Buffer]')).toEqual([
    'undefined',
    'undefined',
    'undefined',
    'undefined',
  ]);
  expect(await running.page.evaluate('Object.isFrozen(window.hearth) && Object.isFrozen(window.hearth.invoke)')).toBe(true);
  expect(((await running.page.evaluate('Object.keys(window.hearth.invoke)')) as string[]).sort()).toEqual([...CHANNEL_NAMES].sort());
  expect(await running.page.evaluate('window.hearth.invoke["app.status"]()')).toMatchObject({ ok: true, value: { state: 'needs-setup' } });
});

test('the window runs with the secure web preferences', async () => {
  const preferences = await running.app.evaluate(({ BrowserWindow }) => {
    const contents = BrowserWindow.getAllWindows()[0]!.webContents as unknown as { getLastWebPreferences?: () => unknown };
    return contents.getLastWebPreferences?.() ?? null;
  });
  // Electron reports them (webContents.getLastWebPreferences); not reporting them is a failure, not a skip.
  expect(preferences, "the window's web preferences, as Electron reports them").not.toBeNull();
  expect(preferences).toMatchObject({
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webviewTag: false,
    webSecurity: true,
  });
});

test('every answer carries the strict CSP, and the page cannot run inline script or reach the network', async () => {
  const headers = await running.app.evaluate(async ({ net }) => {
    const response = await net.fetch('app://hearth/index.html');
    return { csp: response.headers.get('content-security-policy'), nosniff: response.headers.get('x-content-type-options') };
  });
  expect(headers.csp).toContain("default-src 'none'");
  expect(headers.csp).toContain("script-src 'self'");
  expect(headers.csp).toContain("connect-src 'none'");
  expect(headers.nosniff).toBe('nosniff');

  await running.page.evaluate('{ const s = document.createElement("script"); s.textContent = "window.__inline = true"; document.head.append(s); }');
  expect(await running.page.evaluate('window.__inline === true')).toBe(false);
  expect(await running.page.evaluate('fetch("https://example.com/").then(() => "reached", () => "blocked")')).toBe('blocked');
});

test('the page cannot navigate away, open windows or get permissions', async () => {
  await running.page.evaluate('window.location.href = "https://example.com/"');
  await running.page.waitForTimeout(1_000);
  expect(running.page.url()).toBe('app://hearth/index.html');

  expect(await running.page.evaluate('window.open("https://example.com/") === null')).toBe(true);
  expect(await running.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);

  expect(await running.page.evaluate('Notification.requestPermission()')).toBe('denied');
});
