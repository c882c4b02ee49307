#!/bin/sh
# Installs the headless browser the review page's test drives (Debian packages): Chromium
# and its WebDriver, chromedriver.
# Usage: install-chromium.sh [STAMP] (the Makefile's prerequisite of `make test`; see
# apt-install.sh). Without them tests/test_review_page.py fails, naming the packages.
exec sh "$(dirname "$0")/apt-install.sh" "$1" "the review page's browser test" \
    "the review page's browser test cannot run" chromium chromium-driver
