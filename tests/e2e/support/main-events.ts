/**
 * What main does on its own, played through the harness's test hook: lock the journal as
 * system sleep or the OS screen lock would, and tell the page over its event stream.
 */

/** The harness token, read the way only a test may: from the script tag the harness injected. */
export async function harnessToken(url: string): Promise<string> {
  const html = await (await fetch(url)).text();
  const token = /\/__hearth\/preload\.js\?token=([0-9a-f]+)/.exec(html)?.[1];
  if (!token) throw new Error('no preload stand-in in index.html');
  return token;
}

/**
 * POSTs the lock. Answers 409 (and locks nothing) while no page is listening yet, so
 * callers poll until they get 200.
 */
export async function lockAsOnSleep(url: string, token?: string): Promise<number> {
  const response = await fetch(new URL('__hearth/test/lock', url), {
    method: 'POST',
    headers: token === undefined ? {} : { 'x-hearth-token': token },
  });
  return response.status;
}
