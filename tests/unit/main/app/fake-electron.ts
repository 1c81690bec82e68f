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
  /** What main sent to the page (webContents.send), in order. */
  readonly sent: { channel: string; args: unknown[] }[] = [];
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  /** IPC scoped to this web contents (webContents.ipc): its handlers, by channel. */
  readonly ipc = {
    handlers: new Map<string, Listener>(),
    handle(channel: string, listener: Listener): void {
      if (this.handlers.has(channel)) throw new Error(`fake-electron: a second handler for ${channel}`);
      this.handlers.set(channel, listener);
    },
  };
  /** printToPDF and print, as the print code asks for them (see recorded.printing). */
  readonly pdfRequests: Record<string, unknown>[] = [];
  readonly printRequests: Record<string, unknown>[] = [];
  printToPDF(options: Record<string, unknown>): Promise<Buffer> {
    this.pdfRequests.push(options);
    const { pdfBytes } = recorded.printing;
    return pdfBytes ? Promise.resolve(pdfBytes) : Promise.reject(new Error('fake-electron: printToPDF failed'));
  }
  print(options: Record<string, unknown>, callback: (success: boolean, failureReason: string) => void): void {
    this.printRequests.push(options);
    const [success, reason] = recorded.printing.printOutcome;
    setTimeout(() => callback(success, reason), 0);
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
  /** Save dialogs shown (dialog.showSaveDialog), and the answer the next one gives. */
  saveDialogs: [] as { parent: unknown; options: Record<string, unknown> }[],
  saveDialogAnswer: { canceled: true, filePath: '' } as { canceled: boolean; filePath: string },
  /** Open dialogs shown (dialog.showOpenDialog), and the answer the next one gives. */
  openDialogs: [] as { parent: unknown; options: Record<string, unknown> }[],
  openDialogAnswer: { canceled: true, filePaths: [] } as { canceled: boolean; filePaths: string[] },
  documentsDir: '/home/someone/Documents',
  /** What printToPDF resolves with (null: it fails) and how print's callback is called. */
  printing: { pdfBytes: Buffer.from('%PDF-1.7 fake sheet\n') as Buffer | null, printOutcome: [true, ''] as [boolean, string] },
  /** The template of the last Menu.setApplicationMenu(Menu.buildFromTemplate(…)), or null. */
  applicationMenu: null as FakeMenuItem[] | null,
  /** Message boxes shown (dialog.showMessageBox), and the button index the next one answers. */
  messageBoxes: [] as { parent: unknown; options: Record<string, unknown> }[],
  messageBoxResponse: 0,
  errorBoxes: [] as { title: string; content: string }[],
  /** What was handed to the system browser (shell.openExternal), in order. */
  openedExternally: [] as string[],
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
  destroyed = false;
  /** As in Electron: the window showing these web contents, or null. */
  static fromWebContents(contents: unknown): FakeBrowserWindow | null {
    return recorded.windows.find((window) => window.webContents === contents) ?? null;
  }
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
  isDestroyed(): boolean {
    return this.destroyed;
  }
  destroy(): void {
    recorded.calls.push('BrowserWindow.destroy');
    this.destroyed = true;
    this.emit('closed');
  }
  /** As when the person closes it: destroyed, then 'closed'. */
  close(): void {
    this.destroyed = true;
    this.emit('closed');
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
    if (name === 'documents') return recorded.documentsDir;
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

/** Like Electron's: using it before 'ready' is an error, so the stand-in refuses too. */
const powerMonitorEvents = new Emitter();
let isReady = false;
export const powerMonitor = Object.assign(powerMonitorEvents, {
  on(name: string, listener: Listener) {
    if (!isReady) throw new Error('fake-electron: powerMonitor used before the app is ready');
    return Emitter.prototype.on.call(powerMonitorEvents, name, listener);
  },
});

export interface FakeMenuItem {
  id?: string;
  label?: string;
  role?: string;
  type?: string;
  accelerator?: string;
  click?: (...args: unknown[]) => unknown;
  submenu?: FakeMenuItem[];
}
export const Menu = {
  buildFromTemplate(template: FakeMenuItem[]) {
    return { template };
  },
  setApplicationMenu(menu: { template: FakeMenuItem[] } | null) {
    recorded.calls.push('Menu.setApplicationMenu');
    recorded.applicationMenu = menu?.template ?? null;
  },
};

/** Every item of the application menu, submenus included, flattened in order. */
export function applicationMenuItems(): FakeMenuItem[] {
  const flatten = (items: FakeMenuItem[]): FakeMenuItem[] => items.flatMap((item) => [item, ...flatten(item.submenu ?? [])]);
  return flatten(recorded.applicationMenu ?? []);
}

/** The native save dialog: records what it was asked, answers with recorded.saveDialogAnswer. */
export const dialog = {
  async showSaveDialog(windowOrOptions: unknown, maybeOptions?: Record<string, unknown>) {
    const parent = maybeOptions === undefined ? null : windowOrOptions;
    const options = (maybeOptions ?? windowOrOptions) as Record<string, unknown>;
    recorded.calls.push('dialog.showSaveDialog');
    recorded.saveDialogs.push({ parent, options });
    return recorded.saveDialogAnswer;
  },
  /** The native open dialog: records what it was asked, answers with recorded.openDialogAnswer. */
  async showOpenDialog(windowOrOptions: unknown, maybeOptions?: Record<string, unknown>) {
    const parent = maybeOptions === undefined ? null : windowOrOptions;
    const options = (maybeOptions ?? windowOrOptions) as Record<string, unknown>;
    recorded.calls.push('dialog.showOpenDialog');
    recorded.openDialogs.push({ parent, options });
    return recorded.openDialogAnswer;
  },
  /** Error boxes shown (dialog.showErrorBox, which Electron allows before ready). */
  showErrorBox(title: string, content: string) {
    recorded.calls.push('dialog.showErrorBox');
    recorded.errorBoxes.push({ title, content });
  },
  /** Records the question; answers with recorded.messageBoxResponse (0 is the first button). */
  async showMessageBox(windowOrOptions: unknown, maybeOptions?: Record<string, unknown>) {
    const parent = maybeOptions === undefined ? null : windowOrOptions;
    const options = (maybeOptions ?? windowOrOptions) as Record<string, unknown>;
    recorded.calls.push('dialog.showMessageBox');
    recorded.messageBoxes.push({ parent, options });
    return { response: recorded.messageBoxResponse, checkboxChecked: false };
  },
};

export const shell = {
  async openExternal(url: string) {
    recorded.calls.push('shell.openExternal');
    recorded.openedExternally.push(url);
  },
};

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
  recorded.saveDialogs = [];
  recorded.saveDialogAnswer = { canceled: true, filePath: '' };
  recorded.openDialogs = [];
  recorded.openDialogAnswer = { canceled: true, filePaths: [] };
  recorded.documentsDir = '/home/someone/Documents';
  recorded.printing = { pdfBytes: Buffer.from('%PDF-1.7 fake sheet\n'), printOutcome: [true, ''] };
  recorded.applicationMenu = null;
  recorded.messageBoxes = [];
  recorded.messageBoxResponse = 0;
  recorded.errorBoxes = [];
  recorded.openedExternally = [];
  for (const emitter of [app, defaultSession, nativeTheme, powerMonitorEvents]) emitter.listeners.clear();
  isReady = false;
  nativeTheme.shouldUseDarkColors = false;
  app.isPackaged = false;
  ready = new Promise<void>((resolve) => {
    becomeReady = resolve;
  });
}

export function fireReady(): void {
  recorded.calls.push('ready');
  isReady = true;
  becomeReady();
}

export const BrowserWindow = FakeBrowserWindow;
