#!/bin/sh
# Installs what OCR of scanned pages needs (Debian packages): Tesseract with the language
# packs of our languages, and the DejaVu fonts the test fixtures are drawn with.
# Usage: install-ocr.sh [STAMP] (the Makefile's prerequisite; see apt-install.sh). Without
# them the build goes on and scanned pages become `ocr-unavailable` error rows.
PACKAGES="tesseract-ocr fonts-dejavu-core"
for lang in ces slk pol deu eng hun ita slv hrv ron spa fra nld por sqi bul ell lit lav est swe dan fin cat srp srp-latn mkd ukr nor isl mlt gle tur rus cym eus; do
    PACKAGES="$PACKAGES tesseract-ocr-$lang"
done
# shellcheck disable=SC2086
exec sh "$(dirname "$0")/apt-install.sh" "$1" "OCR" \
    "scanned PDF pages will be reported as 'ocr-unavailable'" $PACKAGES
