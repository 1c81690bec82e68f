import { contextBridge, ipcRenderer } from 'electron';
import type { PrintBridge } from '../shared/ipc/api';
import type { PRINT_WINDOW_CHANNELS } from '../shared/ipc/channels';

// The hidden print window's only door (src/renderer/print.html): it can receive the sheet
// it was opened for and say when that sheet is laid out, nothing else. It has no way to
// reach the journal's channels; main answers these two only on this window's own contents.
//
// The two names are spelled here rather than imported: a sandboxed preload is one file, and
// importing channels.ts would make it a chunk shared with the journal's preload. The type
// below ties them to PRINT_WINDOW_CHANNELS, so a rename there fails to compile here.
const CHANNELS = { sheet: 'hearth-print:sheet', laidOut: 'hearth-print:laid-out' } as const satisfies typeof PRINT_WINDOW_CHANNELS;

const print = Object.freeze({
  sheet: () => ipcRenderer.invoke(CHANNELS.sheet) as Promise<unknown>,
  laidOut: async (pages: number) => {
    await ipcRenderer.invoke(CHANNELS.laidOut, pages);
  },
}) satisfies PrintBridge;

contextBridge.exposeInMainWorld('hearth', Object.freeze({ print }));
