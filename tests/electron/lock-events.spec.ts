import { expect, test } from '@playwright/test';
import { useBuiltApp } from './launch';
import type { PageGlobal } from '../e2e/support/page-global';

const running = useBuiltApp('lock-events');

const heading = () => running.page.getByRole('heading', { level: 1 });
const LOCKED = 'Your journal is locked';
const OPEN = 'Good to see you, Ada and Bo';

test('sleep, the OS screen lock and the Lock now menu item each lock the journal and the page', async () => {
  // A device-locked journal, made through the real IPC; it needs a Secret Service.
  const made = await running.page.evaluate(() =>
    (globalThis as unknown as PageGlobal).hearth.invoke['setup.create']({ partners: ['Ada', 'Bo'], lock: { lockMode: 'device' } }),
  );
  // npm test runs this under scripts/with-keyring.sh, so a missing Secret Service is a failure, not a skip.
  expect(made, 'a journal made with its key in the Secret Service (run under scripts/with-keyring.sh)').toMatchObject({
    ok: true,
    value: { status: { state: 'open' } },
  });
  await running.page.reload();
  await expect(heading()).toHaveText(OPEN);

  for (const event of ['suspend', 'lock-screen'] as const) {
    await running.app.evaluate(({ powerMonitor }, name) => powerMonitor.emit(name), event);
    await expect(heading(), `after ${event}`).toHaveText(LOCKED);
    await running.page.getByRole('button', { name: 'Open journal' }).click();
    await expect(heading()).toHaveText(OPEN);
  }

  await running.app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('lock-now')?.click());
  await expect(heading(), 'after Lock now').toHaveText(LOCKED);
  expect(await running.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.getTitle())).toBe('Hearth');
});
