#!/usr/bin/env bash
# Installs the third-party GraphQL tools the tests run against the server (tests/graphql-clients): graphql-http's audit
# relay-compiler and Apollo Client. Idempotent: does nothing once installed.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ ! -d tests/graphql-clients/node_modules/graphql-http ] || [ ! -d tests/graphql-clients/node_modules/relay-compiler ] || [ ! -d tests/graphql-clients/node_modules/@apollo/client ]; then
  npm ci --prefix tests/graphql-clients --no-audit --no-fund --loglevel=error
fi
