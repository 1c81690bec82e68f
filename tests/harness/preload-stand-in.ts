/**
 * The browser-side stand-in for src/preload: a classic script that defines a frozen
 * `window.hearth` with the same shape as HearthApi, before the app's module script runs.
 * Its methods are generated from the channel list, as the real preload's are; each one
 * POSTs to the harness with the token, which lives only inside this script's closure.
 */
export function preloadStandIn(token: string, channels: readonly string[]): string {
  return `(() => {
  'use strict';
  const token = ${JSON.stringify(token)};
  const channels = ${JSON.stringify(channels)};

  // Like ipcRenderer.invoke: resolves with main's Result, rejects only if the bridge breaks.
  const invokeChannel = async (channel, input) => {
    const response = await fetch('/__hearth/invoke/' + encodeURIComponent(channel), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hearth-token': token },
      body: JSON.stringify({ input }),
    });
    if (!response.headers.get('content-type')?.startsWith('application/json')) {
      throw new Error('The Hearth harness answered ' + response.status);
    }
    return response.json();
  };

  const invoke = Object.freeze(
    Object.fromEntries(channels.map((channel) => [channel, (input) => invokeChannel(channel, input)])),
  );

  // One EventSource for every listener (progress and locked), opened with the first and
  // closed with the last, as the real preload's ipcRenderer listeners come and go.
  const listeners = { progress: new Set(), locked: new Set() };
  let events = null;
  const listen = (kind, listener) => {
    listeners[kind].add(listener);
    if (!events) {
      events = new EventSource('/__hearth/events?token=' + encodeURIComponent(token));
      events.addEventListener('progress', (event) => {
        const progress = JSON.parse(event.data);
        for (const each of [...listeners.progress]) each(progress);
      });
      // Like the preload: nothing from main is passed on with it.
      events.addEventListener('locked', () => {
        for (const each of [...listeners.locked]) each();
      });
    }
    return () => {
      listeners[kind].delete(listener);
      if (listeners.progress.size + listeners.locked.size === 0 && events) {
        events.close();
        events = null;
      }
    };
  };
  const onProgress = (listener) => listen('progress', listener);
  const onLocked = (listener) => listen('locked', listener);

  // Only Electron's hidden print window is given a sheet; the browser harness has none.
  const printUnavailable = () =>
    Promise.reject(new Error('The print window is not available in the browser harness.'));
  const print = Object.freeze({ sheet: printUnavailable, laidOut: printUnavailable });

  Object.defineProperty(window, 'hearth', {
    value: Object.freeze({ invoke, onProgress, onLocked, print }),
    enumerable: true,
    writable: false,
    configurable: false,
  });
})();
`;
}
