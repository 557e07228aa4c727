#!/usr/bin/env bash
# Installs Apollo Client for the cache-safety test (tests/apollo-cache). Idempotent: does nothing once installed.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ ! -d tests/apollo-cache/node_modules/@apollo/client ]; then
  npm ci --prefix tests/apollo-cache --no-audit --no-fund --loglevel=error
fi
