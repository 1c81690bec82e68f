/**
 * Serves the real Hearth core and the built renderer for a browser to drive:
 *   npm run harness -- --data-dir <dir> [--sync-dir <dir>] [--port <n>]
 * Two instances with different --data-dir and the same --sync-dir are two computers sharing
 * one folder: the sync folder dialog of each "picks" that folder.
 * Prints exactly one line, HARNESS_URL=http://127.0.0.1:<port>/, to stdout when ready;
 * everything else goes to stderr. SIGTERM or SIGINT locks the journal and exits.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startHarness } from './server';

const usage = 'usage: npm run harness -- --data-dir <dir> [--sync-dir <dir>] [--port <n>]';

const { values } = parseArgs({
  options: { 'data-dir': { type: 'string' }, 'sync-dir': { type: 'string' }, port: { type: 'string' } },
  strict: true,
});
const dataDir = values['data-dir'];
const syncDir = values['sync-dir'];
const port = values.port === undefined ? 0 : Number(values.port);
if (!dataDir || syncDir === '' || !Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(usage);
  process.exit(2);
}

const log = (line: string) => process.stderr.write(`[harness] ${line}\n`);
const harness = await startHarness({ dataDir: resolve(dataDir), ...(syncDir ? { syncDir: resolve(syncDir) } : {}), port, log });

const stop = (signal: NodeJS.Signals) => {
  log(`${signal}: locking the journal and stopping`);
  void harness.close().then(() => process.exit(0));
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);

process.stdout.write(`HARNESS_URL=${harness.url}\n`);
