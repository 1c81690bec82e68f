/**
 * A recording stand-in for the 'electron' module (the real binary cannot run here). It keeps
 * what main/app asked of Electron — options, listeners, handlers — so tests can replay
 * events through the very functions Hearth installed. Use with:
 *   vi.mock('electron', () => import('./fake-electron'));
 */
type Listener = (...args: any[]) => unknown;

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(name: string, listener: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  }
  once(name: string, listener: Listener): this {
    return this.on(name, listener);
  }
  off(name: string, listener: Listener): this {
    this.listeners.set(name, (this.listeners.get(name) ?? []).filter((l) => l !== listener));
    return this;
  }
  emit(name: string, ...args: unknown[]): boolean {
    const listeners = this.listeners.get(name) ?? [];
    for (const listener of listeners) listener(...args);
    return listeners.length > 0;
  }
  listenerCount(name: string): number {
    return this.listeners.get(name)?.length ?? 0;
  }
}

/** An Electron-style event: records whether a listener called preventDefault(). */
export function fakeEvent<T extends object>(fields: T): T & { preventDefault(): void; defaultPrevented: boolean } {
  const event = {
    ...fields,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

export class FakeWebFrame {
  constructor(
    public url: string,
    public parent: FakeWebFrame | null = null,
  ) {}
}

export class FakeWebContents extends Emitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  readonly mainFrame = new FakeWebFrame('app://hearth/index.html');
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  /** Emits a navigation event the way Electron does; true when Hearth prevented it. */
  tryNavigation(kind: 'will-navigate' | 'will-frame-navigate' | 'will-redirect', url: string): boolean {
    const event = fakeEvent({ url });
    this.emit(kind, event, url);
    return event.defaultPrevented;
  }
}

export const recorded = {
  calls: [] as string[],
  windows: [] as FakeBrowserWindow[],
  ipcHandlers: [] as { channel: string; listener: Listener }[],
  protocolHandlers: new Map<string, (request: Request) => Promise<Response> | Response>(),
  privilegedSchemes: [] as { scheme: string; privileges?: Record<string, unknown> }[],
  sandboxEnabled: false,
  grantSingleInstanceLock: true,
  quitCount: 0,
  exitCodes: [] as number[],
  userDataDir: '/nowhere',
  appPath: '/nowhere',
  permissionRequestHandler: null as Listener | null,
  permissionCheckHandler: null as Listener | null,
  devicePermissionHandler: null as Listener | null,
  beforeRequestHandler: null as Listener | null,
};

let becomeReady: () => void = () => {};
let ready = Promise.resolve();

export class FakeBrowserWindow extends Emitter {
  readonly webContents = new FakeWebContents();
  loadedUrl: string | null = null;
  visible = false;
  minimized = false;
  focusCount = 0;
  backgroundColor: string | null = null;
  constructor(readonly options: Record<string, any>) {
    super();
    recorded.calls.push('new BrowserWindow');
    recorded.windows.push(this);
    // As in Electron: every new web contents is announced to the app.
    app.emit('web-contents-created', fakeEvent({}), this.webContents);
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  show(): void {
    this.visible = true;
  }
  focus(): void {
    this.focusCount += 1;
  }
  restore(): void {
    this.minimized = false;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  setBackgroundColor(colour: string): void {
    this.backgroundColor = colour;
  }
}

export const app = Object.assign(new Emitter(), {
  isPackaged: false,
  requestSingleInstanceLock: () => {
    recorded.calls.push('app.requestSingleInstanceLock');
    return recorded.grantSingleInstanceLock;
  },
  quit: () => {
    recorded.calls.push('app.quit');
    recorded.quitCount += 1;
  },
  exit: (code: number) => {
    recorded.exitCodes.push(code);
  },
  enableSandbox: () => {
    recorded.calls.push('app.enableSandbox');
    recorded.sandboxEnabled = true;
  },
  whenReady: () => ready,
  getPath: (name: string) => {
    if (name !== 'userData') throw new Error(`fake-electron: no path for ${name}`);
    return recorded.userDataDir;
  },
  getAppPath: () => recorded.appPath,
});

export const ipcMain = {
  handle(channel: string, listener: Listener) {
    recorded.ipcHandlers.push({ channel, listener });
  },
};

export const protocol = {
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges?: Record<string, unknown> }[]) {
    recorded.calls.push('protocol.registerSchemesAsPrivileged');
    recorded.privilegedSchemes.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Promise<Response> | Response) {
    recorded.calls.push(`protocol.handle:${scheme}`);
    recorded.protocolHandlers.set(scheme, handler);
  },
};

const defaultSession = Object.assign(new Emitter(), {
  setPermissionRequestHandler: (handler: Listener) => {
    recorded.permissionRequestHandler = handler;
  },
  setPermissionCheckHandler: (handler: Listener) => {
    recorded.permissionCheckHandler = handler;
  },
  setDevicePermissionHandler: (handler: Listener) => {
    recorded.devicePermissionHandler = handler;
  },
  webRequest: {
    onBeforeRequest: (handler: Listener) => {
      recorded.beforeRequestHandler = handler;
    },
  },
});
export const session = { defaultSession };

export const nativeTheme = Object.assign(new Emitter(), { shouldUseDarkColors: false });

/** Forgets everything recorded; `ready` resolves only when the test calls fireReady(). */
export function resetFakeElectron(options: { grantSingleInstanceLock?: boolean; userDataDir?: string; appPath?: string } = {}) {
  recorded.calls = [];
  recorded.windows = [];
  recorded.ipcHandlers = [];
  recorded.protocolHandlers.clear();
  recorded.privilegedSchemes = [];
  recorded.sandboxEnabled = false;
  recorded.grantSingleInstanceLock = options.grantSingleInstanceLock ?? true;
  recorded.quitCount = 0;
  recorded.exitCodes = [];
  recorded.userDataDir = options.userDataDir ?? '/nowhere';
  recorded.appPath = options.appPath ?? '/nowhere';
  recorded.permissionRequestHandler = null;
  recorded.permissionCheckHandler = null;
  recorded.devicePermissionHandler = null;
  recorded.beforeRequestHandler = null;
  for (const emitter of [app, defaultSession, nativeTheme]) emitter.listeners.clear();
  nativeTheme.shouldUseDarkColors = false;
  app.isPackaged = false;
  ready = new Promise<void>((resolve) => {
    becomeReady = resolve;
  });
}

export function fireReady(): void {
  recorded.calls.push('ready');
  becomeReady();
}

export const BrowserWindow = FakeBrowserWindow;
