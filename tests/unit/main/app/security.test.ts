import type { Session, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  guardWebContents,
  isAppUrl,
  lockDownSession,
  shouldAllowRequest,
} from '../../../../src/main/app/security';
import { fakeEvent, FakeWebContents, recorded, resetFakeElectron, session } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const FOREIGN = [
  'https://evil.example/',
  'http://127.0.0.1:8080/',
  'file:///etc/passwd',
  'app://evil/index.html',
  'app://hearth.evil.example/',
  'app://hearth:1/index.html',
  'app://someone@hearth/index.html',
  'data:text/html,<script>alert(1)</script>',
  'javascript:alert(1)',
  'about:blank',
  'not a url',
];

describe('what counts as the app', () => {
  it('is app://hearth/ and nothing else', () => {
    expect(isAppUrl('app://hearth/index.html')).toBe(true);
    expect(isAppUrl('app://hearth/')).toBe(true);
    for (const url of FOREIGN) expect(isAppUrl(url), url).toBe(false);
  });

  it('lets only app and devtools requests out, because Hearth is offline', () => {
    expect(shouldAllowRequest('app://hearth/assets/index.js')).toBe(true);
    expect(shouldAllowRequest('devtools://devtools/bundled/inspector.html')).toBe(true);
    for (const url of [...FOREIGN, 'wss://evil.example/', 'ftp://evil.example/']) {
      expect(shouldAllowRequest(url), url).toBe(false);
    }
  });
});

describe('every web contents', () => {
  const guarded = () => {
    const contents = new FakeWebContents();
    guardWebContents(contents as unknown as WebContents);
    return contents;
  };

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'] as const)(
    'cannot leave the app through %s, and can move within it',
    (kind) => {
      const contents = guarded();
      for (const url of FOREIGN) expect(contents.tryNavigation(kind, url), url).toBe(true);
      expect(contents.tryNavigation(kind, 'app://hearth/index.html')).toBe(false);
    },
  );

  it('opens no new windows', () => {
    const contents = guarded();
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://hearth/index.html' })).toEqual({ action: 'deny' });
  });

  it('attaches no <webview>', () => {
    const contents = guarded();
    const event = fakeEvent({});
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('the session', () => {
  beforeEach(() => {
    resetFakeElectron();
    lockDownSession(session.defaultSession as unknown as Session);
  });

  it('refuses every permission request and check', () => {
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      const answer = vi.fn();
      recorded.permissionRequestHandler!({}, permission, answer, {});
      expect(answer).toHaveBeenCalledExactlyOnceWith(false);
      expect(recorded.permissionCheckHandler!({}, permission, 'app://hearth', {})).toBe(false);
    }
    expect(recorded.devicePermissionHandler!({ deviceType: 'usb', origin: 'app://hearth' })).toBe(false);
  });

  it('cancels every request that is not the app’s own', () => {
    const decide = (url: string) => {
      const answer = vi.fn();
      recorded.beforeRequestHandler!({ url }, answer);
      return answer.mock.calls[0]?.[0];
    };
    expect(decide('app://hearth/assets/index.js')).toEqual({ cancel: false });
    expect(decide('https://evil.example/collect?text=secret')).toEqual({ cancel: true });
    expect(decide('http://localhost:5173/')).toEqual({ cancel: true });
    expect(decide('file:///etc/passwd')).toEqual({ cancel: true });
  });

  it('downloads nothing', () => {
    const event = fakeEvent({});
    session.defaultSession.emit('will-download', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });
});
