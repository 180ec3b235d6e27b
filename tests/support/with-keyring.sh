#!/bin/sh
# Runs a command inside a private D-Bus session with a fresh, unlocked gnome-keyring and a
# fresh HOME, so secret-store tests use a real Secret Service without touching the user's.
#   with-keyring.sh COMMAND [ARGS...]
set -eu
home=$(mktemp -d "${TMPDIR:-/tmp}/shiftdesk-keyring.XXXXXX")
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" \
    XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export SHIFTDESK_KEYRING_HOME="$home"
dbus-run-session -- sh -c 'printf %s shiftdesk-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; exec "$@"' sh "$@"
