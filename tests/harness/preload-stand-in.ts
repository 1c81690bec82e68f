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

  // One EventSource for all listeners, opened with the first and closed with the last.
  const listeners = new Set();
  let events = null;
  const onProgress = (listener) => {
    listeners.add(listener);
    if (!events) {
      events = new EventSource('/__hearth/events?token=' + encodeURIComponent(token));
      events.addEventListener('progress', (event) => {
        const progress = JSON.parse(event.data);
        for (const each of [...listeners]) each(progress);
      });
    }
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0 && events) {
        events.close();
        events = null;
      }
    };
  };

  Object.defineProperty(window, 'hearth', {
    value: Object.freeze({ invoke, onProgress }),
    enumerable: true,
    writable: false,
    configurable: false,
  });
})();
`;
}
