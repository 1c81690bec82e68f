/**
 * A device-locked journal opens at start, so a packaged Hearth launched with a debugging
 * port, an inspector or without its sandbox would hand the open journal to whoever asked
 * for that. The fuses turn off `--inspect*`, NODE_OPTIONS and ELECTRON_RUN_AS_NODE in the
 * binary; Chromium's own switches have no fuse. This decides, from the launch alone, whether
 * to refuse. Pure: no electron here, so it is tested as it is.
 */

export interface LaunchSettings {
  isPackaged: boolean;
  /** The whole command line, program first (process.argv). */
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
}

/** Switches refused by exact name: a debugger, or an automation client, could attach. */
const DEBUGGING_SWITCHES = ['remote-allow-origins', 'js-flags'];
/** Whole families: every remote-debugging-*, and Node's inspector and old debugger in all spellings. */
const DEBUGGING_FAMILIES = ['remote-debugging-', 'inspect', 'debug'];
/** Switches that take away the sandbox or the page's isolation from other origins. */
const ISOLATION_SWITCHES = [
  'no-sandbox',
  'disable-gpu-sandbox',
  'disable-setuid-sandbox',
  'disable-seccomp-filter-sandbox',
  'disable-namespace-sandbox',
  'single-process',
  'disable-web-security',
  'disable-site-isolation-trials',
];
/**
 * Variables that carry the same things: NODE_OPTIONS can hold --inspect or --require,
 * ELECTRON_RUN_AS_NODE turns the binary into a plain Node, and ELECTRON_DISABLE_SANDBOX is
 * how launchers ask for an unsandboxed run. Refused whether or not the fuses already ignore them.
 */
const REFUSED_VARIABLES = ['NODE_OPTIONS', 'ELECTRON_RUN_AS_NODE', 'ELECTRON_DISABLE_SANDBOX'];

function isRefusedSwitch(name: string): boolean {
  return (
    DEBUGGING_SWITCHES.includes(name) ||
    ISOLATION_SWITCHES.includes(name) ||
    DEBUGGING_FAMILIES.some((family) => name === family || name.startsWith(family.endsWith('-') ? family : `${family}-`))
  );
}

/**
 * The switch names on a command line, read the way Chromium reads them: after the program,
 * an argument that starts with `--` or `-` (or `/` on Windows) is a switch, its name runs to
 * the first `=`, and a bare `--` ends the switches. Names are compared in lower case, as
 * Chromium does on Windows (and it costs nothing to be as strict elsewhere).
 */
function switchNames(argv: readonly string[], platform: NodeJS.Platform): string[] {
  const prefixes = platform === 'win32' ? ['--', '-', '/'] : ['--', '-'];
  const names: string[] = [];
  for (const arg of argv.slice(1)) {
    if (arg === '--') break;
    const prefix = prefixes.find((p) => arg.startsWith(p) && arg.length > p.length);
    if (prefix === undefined) continue;
    const body = arg.slice(prefix.length);
    names.push(body.split('=', 1)[0]!.toLowerCase());
  }
  return names;
}

/**
 * What a packaged Hearth must not start with, named as `--switch` or VARIABLE, each once,
 * in the order found. Empty means start. A development build refuses nothing: its tests
 * drive it through a debugging port.
 */
export function refusedLaunchSettings(launch: LaunchSettings): string[] {
  if (!launch.isPackaged) return [];
  const found = new Set<string>();
  for (const name of switchNames(launch.argv, launch.platform)) {
    if (isRefusedSwitch(name)) found.add(`--${name}`);
  }
  for (const variable of REFUSED_VARIABLES) {
    // Electron treats an empty variable as unset.
    if (launch.env[variable]) found.add(variable);
  }
  return [...found];
}
