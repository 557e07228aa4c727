#!/usr/bin/env bash
# HTTP load test of the GraphQL API on loopback, with per-request latency percentiles from wrk.
# Each question is measured beside a floor ({ __typename } through the same stack) in the same run.
# Usage: tests/load/run.sh [seconds per query, default 15]. Needs wrk (apt-get install wrk). Loopback only.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-15}
port=5099
dotnet build src/Legal.Server -c Release -v quiet -nologo >/dev/null
dotnet src/Legal.Server/bin/Release/net10.0/Legal.Server.dll --urls "http://127.0.0.1:$port" >/dev/null 2>&1 &
server=$!
trap 'kill $server' EXIT
until curl -sf "http://127.0.0.1:$port/readyz" >/dev/null; do sleep 0.5; done

bodies=$(mktemp -d)
query() { printf '{"query":%s}' "$(printf '%s' "$2" | python3 -c 'import json,sys; print(json.dumps(sys.stdin.read()))')" > "$bodies/$1.json"; }
query floor '{ __typename }'
query search '{ search(query: "تمويل الارهاب", first: 10) { hits { node { id } snippet } } }'
query trace-down '{ trace(from: "un/scr/1373", direction: DOWN) { paths { end { id } } } }'
query trace-up '{ trace(from: "obligation/kw/report-suspicious-transactions", direction: UP) { paths { end { id } } } }'
query obligations '{ obligations(subject: "sector/banks", first: 50) { totalCount nodes { id } } }'
query law-markdown '{ instrument(id: "kw/law/2013/106") { markdown(lang: AR) } }'

printf '%-14s %10s %10s %10s %10s\n' query req/s p50 p99 max
for name in floor search trace-down trace-up obligations law-markdown; do
  BODY="$bodies/$name.json" wrk -t2 -c8 -d"${seconds}s" --latency -s tests/load/post.lua "http://127.0.0.1:$port/graphql" > "$bodies/$name.out"
  awk -v n="$name" '/Requests\/sec/ {r=$2} / 50%/ {p50=$2} / 99%/ {p99=$2} /Latency/ && !max {max=$4} END {printf "%-14s %10s %10s %10s %10s\n", n, r, p50, p99, max}' "$bodies/$name.out"
done
rm -rf "$bodies"
