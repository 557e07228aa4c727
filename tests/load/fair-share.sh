#!/usr/bin/env bash
# Fair sharing under attack: a normal lookup's latency alone, then while 20 connections keep sending the most expensive
# request the limits allow (tests/load/expensive.lua). Run twice: with the shipped limits, and with the expensive slots
# opened to all 20 (Limits__ExpensiveConcurrency=20), which is what the server did before it had them.
# Usage: tests/load/fair-share.sh [seconds, default 30]. Needs wrk (apt-get install wrk). Loopback only.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-30}
dotnet build src/Legal.Server -c Release -v quiet -nologo >/dev/null

run() { # $1: port, $2: ExpensiveConcurrency (empty: the shipped default)
  Limits__ExpensiveConcurrency=${2:-} dotnet src/Legal.Server/bin/Release/net10.0/Legal.Server.dll --urls "http://127.0.0.1:$1" >/dev/null 2>&1 &
  local server=$!
  until curl -sf "http://127.0.0.1:$1/readyz" >/dev/null; do sleep 0.5; done
  local url="http://127.0.0.1:$1/graphql"
  echo "== ExpensiveConcurrency=${2:-default}: lookup alone"
  wrk -t1 -c2 -d"${seconds}s" --latency -s tests/load/lookup.lua "$url" | grep -E ' (50|99)%|Requests/sec'
  wrk -t2 -c20 -d"$((seconds + 20))s" --timeout 30s --latency -s tests/load/expensive.lua "$url" > /tmp/fair-share-expensive.out &
  local attack=$!
  sleep 10
  echo "== lookup while 20 connections send the most expensive request allowed"
  wrk -t1 -c2 -d"${seconds}s" --latency -s tests/load/lookup.lua "$url" | grep -E ' (50|99)%|Requests/sec'
  wait $attack
  echo "== the expensive requests themselves"
  grep -E ' (50|99)%|Requests/sec|Non-2xx' /tmp/fair-share-expensive.out
  kill $server
}
run 5097 ""
run 5098 20
