#!/usr/bin/env bash
# The issue's speed targets, measured in one run on loopback beside the floor (../shared/bench/floor, a bare
# graphql-dotnet server): lookup and persisted-query GET as ratios to the floor (its run.sh alternates the two), Law 106
# renderings as ratios to Legal's own lookup (alternated here), and search p99 at 8 connections. Each query is first sent
# once (its first, cold answer is timed and printed) and then warmed for 3 s before it is measured, as the floor's run.sh
# warms its pair: the targets are about a running server, and the first answer after a start is reported on its own.
# Usage: tests/load/side-by-side.sh [path to the floor folder, default ../shared/bench/floor]. Needs wrk. Loopback only.
# LEGAL_PORT (default 5098) moves the server off a port another run holds.
set -euo pipefail
cd "$(dirname "$0")/../.."
floor=${1:-../shared/bench/floor}
port=${LEGAL_PORT:-5098}
url="http://127.0.0.1:$port/graphql"
dotnet build src/Legal.Server -c Release -v quiet -nologo >/dev/null
dotnet src/Legal.Server/bin/Release/net10.0/Legal.Server.dll --urls "http://127.0.0.1:$port" >/dev/null 2>&1 &
server=$!
trap 'kill $server' EXIT
until curl -sf "http://127.0.0.1:$port/readyz" >/dev/null; do sleep 0.5; done
json() { python3 -c 'import json,sys; print(json.dumps(sys.argv[1]))' "$1"; }
script=$(readlink -f tests/load/graphql.lua)

lookup='{ provision(id: "kw/law/2013/106#art_42") { id title } }'
export QUERY; QUERY=$(json "$lookup")
echo "== provision(id) lookup, POST, beside the floor (wrk -t2 -c32 -d6s)"
"$floor/run.sh" "$url" "$script"

hash=$(printf '%s' "$lookup" | sha256sum | cut -d' ' -f1)
ext=$(python3 -c 'import json,sys,urllib.parse; print(urllib.parse.quote(json.dumps({"persistedQuery":{"version":1,"sha256Hash":sys.argv[1]}},separators=(",",":"))))' "$hash")
curl -s "$url" -H 'Content-Type: application/json' -d "{\"query\":$QUERY,\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"$hash\"}}}" >/dev/null
echo "== the same lookup as a persisted-query GET by hash, beside the floor"
GET_PATH="/graphql?extensions=$ext" "$floor/run.sh" "$url" "$script"

rps() { awk '/Requests\/sec/{print $2}'; }
# The 99% line of wrk's latency distribution (a bare /99%/ also matches a +/- Stdev column such as 98.99%).
p99() { awk '/^ +99%/{v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; print v}'; }
first() { curl -s -o /dev/null -w '%{time_total}' "$url" -H 'Content-Type: application/json' -d "{\"query\":$1}"; }
warm() { QUERY=$1 wrk -t2 -c"$2" -d3s -s "$script" "$url" >/dev/null; }
# Each rendering of Law 106 alternated with the lookup; "first" also times the rendering's first answer.
renderings() {
  for field in 'html(lang: EN)' 'html(lang: AR)' 'markdown(lang: EN)' 'markdown(lang: AR)'; do
    rendering=$(json "{ instrument(id: \"kw/law/2013/106\") { $field } }")
    if [ "${1:-}" = first ]; then echo "$field: first answer $(first "$rendering") s"; fi
    warm "$rendering" 32
    l=$(QUERY=$(json "$lookup") wrk -t2 -c32 -d6s --latency -s "$script" "$url" | rps)
    r=$(QUERY=$rendering wrk -t2 -c32 -d6s --latency -s "$script" "$url" | rps)
    echo "$field: $r req/s, lookup $l req/s" | awk -v load="$(cut -d' ' -f1-3 /proc/loadavg)" '{printf "%s  ratio %.2f  (load %s)\n", $0, $3/$6, load}'
  done
}
echo "== Law 106 renderings beside Legal's own lookup (wrk -t2 -c32 -d6s, alternated)"
renderings first
# The same pairs as a client that accepts compression sends them (browsers, Python's requests, Node's fetch): the
# renderings go out in Brotli, made once; the lookup, under 1 kB, stays plain.
echo "== the same, with Accept-Encoding: gzip, deflate, br"
export ACCEPT_ENCODING="gzip, deflate, br"
renderings
unset ACCEPT_ENCODING

echo "== search at 8 connections (wrk -t2 -c8 -d10s, three rounds)"
search=$(json '{ search(query: "تمويل الارهاب", first: 10) { edges { cursor node { id } hit { snippet } } } }')
echo "search: first answer $(first "$search") s"
warm "$search" 8
for i in 1 2 3; do
  out=$(QUERY=$search wrk -t2 -c8 -d10s --latency -s "$script" "$url")
  echo "search round $i: $(echo "$out" | rps) req/s, p50 $(echo "$out" | awk '/^ +50%/{print $2}'), p99 $(echo "$out" | p99) ms, max $(echo "$out" | awk '/Latency /{print $4}')  (load $(cut -d' ' -f1-3 /proc/loadavg))"
done
