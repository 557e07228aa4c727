#!/usr/bin/env bash
# Installs axe-core and html-validate for the page-standards tests (tests/page-checks). Idempotent: does nothing once installed.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ ! -f tests/page-checks/node_modules/axe-core/axe.min.js ] || [ ! -d tests/page-checks/node_modules/html-validate ]; then
  npm ci --prefix tests/page-checks --no-audit --no-fund --loglevel=error
fi
