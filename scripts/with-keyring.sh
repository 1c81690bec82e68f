#!/usr/bin/env bash
# Runs a command with a private, unlocked gnome-keyring on a private D-Bus session bus, so
# keychain tests use a real Secret Service and never touch the user's own keychain.
#   bash scripts/with-keyring.sh <command...>
set -euo pipefail
if [ -z "${HEARTH_KEYRING_INNER:-}" ]; then
  command -v dbus-run-session >/dev/null || { echo "with-keyring: dbus-run-session is missing (apt-get install dbus)" >&2; exit 1; }
  command -v gnome-keyring-daemon >/dev/null || { echo "with-keyring: gnome-keyring-daemon is missing (apt-get install gnome-keyring)" >&2; exit 1; }
  export HEARTH_KEYRING_INNER=1
  exec dbus-run-session -- bash "$0" "$@"
fi
# A throwaway HOME each run: a keyring unlocked with another password answers "prompt dismissed".
HEARTH_REAL_HOME="${HOME:-/root}"
export HEARTH_REAL_HOME
HOME="$(mktemp -d)"
export HOME XDG_DATA_HOME="$HOME/.local/share" XDG_RUNTIME_DIR="$HOME/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
trap 'rm -rf "$HOME"' EXIT
echo -n 'test-keyring-password' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
# The daemon claims its bus name a moment after it returns. A request before that makes D-Bus
# start a second daemon with the bus's environment, whose HOME is the real one: wait for it.
for _ in $(seq 50); do
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true' && break
  sleep 0.1
done
export HEARTH_KEYRING=private
# npm's cache and Playwright look under HOME; keep them pointing at the real ones.
export npm_config_cache="${npm_config_cache:-$HEARTH_REAL_HOME/.npm}"
"$@"
