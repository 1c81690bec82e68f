import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNEL_NAMES, ipcChannelName, LOCKED_EVENT, PRINT_WINDOW_CHANNELS, PROGRESS_EVENT } from '../shared/ipc/channels';
import type { HearthApi } from '../shared/ipc/api';
import type { Progress } from '../shared/ipc/contract';

// The only door between the page and main: one frozen object, generated from the channel
// list. No logic lives here; main validates every input and checks who sent it.
const invoke = Object.freeze(
  Object.fromEntries(
    CHANNEL_NAMES.map((channel) => [channel, (input?: unknown) => ipcRenderer.invoke(ipcChannelName(channel), input)]),
  ),
) as HearthApi['invoke'];

const api = Object.freeze({
  invoke,
  onProgress(listener: (progress: Progress) => void) {
    const relay = (_event: IpcRendererEvent, progress: Progress) => listener(progress);
    ipcRenderer.on(PROGRESS_EVENT, relay);
    return () => {
      ipcRenderer.removeListener(PROGRESS_EVENT, relay);
    };
  },
  onLocked(listener: () => void) {
    // Nothing from main is passed on: the page asks app.status, as it does for everything else.
    const relay = () => listener();
    ipcRenderer.on(LOCKED_EVENT, relay);
    return () => {
      ipcRenderer.removeListener(LOCKED_EVENT, relay);
    };
  },
  // The hidden print window's two calls; main answers them only for that window.
  print: Object.freeze({
    sheet: () => ipcRenderer.invoke(PRINT_WINDOW_CHANNELS.sheet) as Promise<unknown>,
    laidOut: async (pages: number) => {
      await ipcRenderer.invoke(PRINT_WINDOW_CHANNELS.laidOut, pages);
    },
  }),
}) satisfies HearthApi;

contextBridge.exposeInMainWorld('hearth', api);
