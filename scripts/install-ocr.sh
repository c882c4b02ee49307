#!/bin/sh
# Installs what OCR of scanned pages needs (Debian packages): Tesseract with the language
# packs of our thirteen languages, and the DejaVu fonts the test fixtures are drawn with.
# Usage: install-ocr.sh [STAMP]; STAMP is touched once everything is present (the Makefile's
# prerequisite), so that make asks again next time when something could not be installed.
# Quiet when everything is present. When it cannot install (no apt, not root), it warns and
# exits 0: the build goes on and scanned pages become `ocr-unavailable` error rows.
PACKAGES="tesseract-ocr fonts-dejavu-core"
for lang in ces slk pol deu eng hun ita slv hrv ron spa fra nld; do
    PACKAGES="$PACKAGES tesseract-ocr-$lang"
done

STAMP=$1
stamp() { [ -z "$STAMP" ] || touch "$STAMP"; }
warn() {
    echo "WARNING: $1" >&2
    echo "WARNING: scanned PDF pages will be reported as 'ocr-unavailable'; to read them install: $PACKAGES" >&2
    exit 0
}

command -v dpkg-query >/dev/null 2>&1 || warn "no dpkg/apt on this machine, cannot install Tesseract"
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
echo "Installing Debian packages for OCR:$missing"
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
