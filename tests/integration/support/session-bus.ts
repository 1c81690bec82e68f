import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A bare D-Bus session bus in `dir`: no service directories, so nothing (no Secret Service)
 * can be activated on it. Run a child under it with `prefix` before its command and `env`
 * (this process's, without the test's own bus address).
 */
export function bareSessionBus(dir: string): { env: NodeJS.ProcessEnv; prefix: string[] } {
  const config = join(dir, 'bare-session.conf');
  writeFileSync(
    config,
    `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig><type>session</type><listen>unix:tmpdir=${dir}</listen><auth>EXTERNAL</auth>
<policy context="default"><allow send_destination="*" eavesdrop="true"/><allow eavesdrop="true"/><allow own="*"/></policy>
</busconfig>`,
  );
  const env = { ...process.env };
  delete env['DBUS_SESSION_BUS_ADDRESS'];
  return { env, prefix: ['dbus-run-session', `--config-file=${config}`, '--'] };
}
