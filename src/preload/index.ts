import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNEL_NAMES, ipcChannelName, PROGRESS_EVENT } from '../shared/ipc/channels';
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
}) satisfies HearthApi;

contextBridge.exposeInMainWorld('hearth', api);
