#!/usr/bin/env bash
# Debian's Chromium for the browser tests (tests/Legal.Tests/Pages), which Playwright drives with ExecutablePath set:
# Playwright's own browser download is not used. DejaVu fonts cover Arabic, so Arabic pages render in screenshots.
# Idempotent: does nothing when Chromium is already installed.
set -euo pipefail

if [ -x /usr/bin/chromium ] && fc-list :lang=ar 2>/dev/null | grep -q .; then
  exit 0
fi

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
/usr/bin/chromium --version
