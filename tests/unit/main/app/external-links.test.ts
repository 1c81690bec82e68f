import type { BaseWindow, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  EXTERNAL_LINK_ALLOW_LIST,
  isAllowedExternalUrl,
  openExternalLink,
} from '../../../../src/main/app/external-links';
import { guardWebContents } from '../../../../src/main/app/security';
import { FakeBrowserWindow, recorded, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const ALLOWED = ['https://help.example.org'];
const REFUSED = [
  'http://help.example.org/',
  'https://help.example.org.evil.example/',
  'https://evil.example/?to=https://help.example.org',
  'https://someone@help.example.org/',
  'https://someone:pw@help.example.org/',
  'https://help.example.org:8443/',
  'javascript:alert(1)',
  'file:///etc/passwd',
  'app://hearth/index.html',
  'data:text/html,hi',
  'mailto:someone@example.org',
  'smb://help.example.org/share',
  'not a url',
  '',
];

beforeEach(() => resetFakeElectron());

describe('which addresses may leave the app', () => {
  it('is none today: the list is empty', () => {
    expect(EXTERNAL_LINK_ALLOW_LIST).toEqual([]);
    expect(isAllowedExternalUrl('https://help.example.org/')).toBe(false);
  });

  it('is an https origin on the list exactly, and nothing that only looks like it', () => {
    expect(isAllowedExternalUrl('https://help.example.org/therapists?near=me', ALLOWED)).toBe(true);
    expect(isAllowedExternalUrl('https://HELP.example.org/', ALLOWED)).toBe(true);
    for (const url of REFUSED) expect(isAllowedExternalUrl(url, ALLOWED), url).toBe(false);
  });
});

describe('opening a link', () => {
  it('drops an address that is not allowed without asking and without opening anything', async () => {
    for (const url of REFUSED) expect(await openExternalLink(url, null, ALLOWED), url).toBe(false);
    expect(await openExternalLink('https://help.example.org/', null)).toBe(false); // the real, empty list
    expect(recorded.messageBoxes).toEqual([]);
    expect(recorded.openedExternally).toEqual([]);
  });

  it('asks first, naming the address, with Cancel as the default; a cancel opens nothing', async () => {
    const window = new FakeBrowserWindow({});
    recorded.messageBoxResponse = 0;
    expect(await openExternalLink('https://help.example.org/therapists', window as unknown as BaseWindow, ALLOWED)).toBe(false);
    expect(recorded.messageBoxes).toHaveLength(1);
    const { parent, options } = recorded.messageBoxes[0]!;
    expect(parent).toBe(window);
    expect(options).toMatchObject({ buttons: ['Cancel', 'Open in browser'], defaultId: 0, cancelId: 0 });
    expect(String(options['detail'])).toContain('https://help.example.org/therapists');
    expect(recorded.openedExternally).toEqual([]);
  });

  it('opens the address in the browser only after a yes', async () => {
    recorded.messageBoxResponse = 1;
    expect(await openExternalLink('https://help.example.org/therapists', null, ALLOWED)).toBe(true);
    expect(recorded.calls).toEqual(['dialog.showMessageBox', 'shell.openExternal']);
    expect(recorded.openedExternally).toEqual(['https://help.example.org/therapists']);
  });
});

describe('a page asking for a new window', () => {
  it('gets none, and a link out goes through the same rule (today: nowhere, without a dialog)', async () => {
    const window = new FakeBrowserWindow({});
    guardWebContents(window.webContents as unknown as WebContents);
    recorded.messageBoxResponse = 1;
    for (const url of ['https://help.example.org/', 'https://evil.example/', 'app://hearth/index.html']) {
      expect(window.webContents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(recorded.messageBoxes).toEqual([]);
    expect(recorded.openedExternally).toEqual([]);
  });
});
