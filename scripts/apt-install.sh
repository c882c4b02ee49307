#!/bin/sh
# Installs Debian packages a part of the project needs, once, for the Makefile's stamps.
# Usage: apt-install.sh STAMP PURPOSE CONSEQUENCE PACKAGE...
#   STAMP is touched once every package is present (or left alone, so that make asks again
#   next time); PURPOSE names what they are for; CONSEQUENCE says what happens without them.
# Quiet when everything is present. When it cannot install (no apt, not root), it warns and
# exits 0, so that `make` goes on.
STAMP=$1 PURPOSE=$2 CONSEQUENCE=$3
shift 3
PACKAGES="$*"

stamp() { [ -z "$STAMP" ] || touch "$STAMP"; }
warn() {
    echo "WARNING: $1" >&2
    echo "WARNING: $CONSEQUENCE; to fix it install: $PACKAGES" >&2
    exit 0
}

command -v dpkg-query >/dev/null 2>&1 || warn "no dpkg/apt on this machine, cannot install $PURPOSE"
missing=""
for pkg in $PACKAGES; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null)
    [ "$status" = "install ok installed" ] || missing="$missing $pkg"
done
if [ -z "$missing" ]; then stamp; exit 0; fi

if [ "$(id -u)" = 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO="sudo -n"
else
    warn "not root, cannot install:$missing"
fi
command -v apt-get >/dev/null 2>&1 || warn "no apt-get, cannot install:$missing"
echo "Installing Debian packages for $PURPOSE:$missing"
export DEBIAN_FRONTEND=noninteractive
log=$(mktemp)
# apt's chatter goes to a log, shown only when it fails
if ! $SUDO apt-get update -qq >"$log" 2>&1; then
    cat "$log" >&2; rm -f "$log"; warn "apt-get update failed"
fi
# shellcheck disable=SC2086
if ! $SUDO apt-get install -y -qq --no-install-recommends $missing >"$log" 2>&1; then
    cat "$log" >&2; rm -f "$log"; warn "apt-get install failed:$missing"
fi
rm -f "$log"
stamp
