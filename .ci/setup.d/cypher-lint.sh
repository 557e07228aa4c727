#!/usr/bin/env bash
# Installs Neo4j's Cypher linter for the lint tests (tests/cypher-lint). Idempotent: does nothing once installed.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ ! -d tests/cypher-lint/node_modules/@neo4j-cypher/language-support ]; then
  npm ci --prefix tests/cypher-lint --no-audit --no-fund --loglevel=error
fi
