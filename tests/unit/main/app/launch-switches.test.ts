import { describe, expect, it } from 'vitest';
import { refusedLaunchSettings, type LaunchSettings } from '../../../../src/main/app/launch-switches';

const EXE = '/opt/Hearth/hearth';
const packaged = (argv: string[], env: Record<string, string | undefined> = {}, platform: NodeJS.Platform = 'linux'): LaunchSettings => ({
  isPackaged: true,
  argv: [EXE, ...argv],
  env,
  platform,
});

describe('which launch settings a packaged Hearth refuses', () => {
  it('refuses a debugging port or pipe, in every spelling Chromium accepts', () => {
    for (const arg of [
      '--remote-debugging-port=9222',
      '--remote-debugging-port',
      '-remote-debugging-port=0',
      '--remote-debugging-pipe',
      '--REMOTE-DEBUGGING-PORT=9222',
      '--remote-debugging-address=0.0.0.0',
      '--remote-allow-origins=*',
    ]) {
      expect(refusedLaunchSettings(packaged([arg])), arg).not.toEqual([]);
    }
    // On Windows a switch may also start with a slash.
    expect(refusedLaunchSettings(packaged(['/remote-debugging-port=9222'], {}, 'win32'))).toEqual(['--remote-debugging-port']);
  });

  it('refuses every Node inspector switch, even those a fuse might miss', () => {
    for (const arg of ['--inspect', '--inspect=9229', '--inspect-brk', '--inspect-port=0', '--inspect-wait', '--inspect-publish-uid=http', '--debug', '--debug-brk', '--js-flags=--allow-natives-syntax']) {
      expect(refusedLaunchSettings(packaged([arg])), arg).not.toEqual([]);
    }
  });

  it('refuses switches that take away the sandbox or the page’s isolation', () => {
    for (const arg of ['--no-sandbox', '--disable-gpu-sandbox', '--disable-setuid-sandbox', '--single-process', '--disable-web-security', '--disable-site-isolation-trials']) {
      expect(refusedLaunchSettings(packaged([arg])), arg).toEqual([arg]);
    }
  });

  it('refuses the environment variables that carry the same things', () => {
    expect(refusedLaunchSettings(packaged([], { NODE_OPTIONS: '--inspect=9229' }))).toEqual(['NODE_OPTIONS']);
    expect(refusedLaunchSettings(packaged([], { ELECTRON_RUN_AS_NODE: '1' }))).toEqual(['ELECTRON_RUN_AS_NODE']);
    expect(refusedLaunchSettings(packaged([], { ELECTRON_DISABLE_SANDBOX: '1' }))).toEqual(['ELECTRON_DISABLE_SANDBOX']);
    // Empty means unset, as Electron reads them.
    expect(refusedLaunchSettings(packaged([], { NODE_OPTIONS: '', ELECTRON_RUN_AS_NODE: '' }))).toEqual([]);
  });

  it('names each setting once, in the order found', () => {
    expect(refusedLaunchSettings(packaged(['--no-sandbox', '--remote-debugging-port=1', '--no-sandbox'], { NODE_OPTIONS: '-r x' }))).toEqual([
      '--no-sandbox',
      '--remote-debugging-port',
      'NODE_OPTIONS',
    ]);
  });

  it('lets an ordinary launch through', () => {
    expect(refusedLaunchSettings(packaged([]))).toEqual([]);
    // Things a desktop passes, look-alike words that are not switches, and anything after "--".
    expect(refusedLaunchSettings(packaged(['-psn_0_12345', '--enable-features=WaylandWindowDecorations', 'no-sandbox', '-', '--', '--no-sandbox']))).toEqual([]);
    expect(refusedLaunchSettings(packaged([], { ELECTRON_ENABLE_LOGGING: '1', HOME: '/home/ada' }))).toEqual([]);
    // A slash is a path, not a switch, outside Windows.
    expect(refusedLaunchSettings(packaged(['/no-sandbox'], {}, 'linux'))).toEqual([]);
  });

  it('refuses nothing in a development build: the tests drive it through a debugging port', () => {
    const dev = { ...packaged(['--remote-debugging-port=0', '--inspect=0', '--no-sandbox'], { NODE_OPTIONS: '--inspect' }), isPackaged: false };
    expect(refusedLaunchSettings(dev)).toEqual([]);
  });
});
