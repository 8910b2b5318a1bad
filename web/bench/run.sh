#!/usr/bin/env bash
# Measures the server time of the public search and listing pages with 100,000 listings in PostgreSQL.
# Needs: web/target/porchlight-web.jar (mvn -pl web package), PostgreSQL on 127.0.0.1:5432 (user postgres, trust),
# psql and wrk (Debian packages postgresql-client and wrk). Everything runs on loopback.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

readonly DATABASE=porchlight_bench_$$
readonly PORT=${BENCH_PORT:-18080}
readonly DURATION=${BENCH_DURATION:-20s}
psql_bench() {
	psql -q -h 127.0.0.1 -U postgres "$@"
}

psql_bench -d postgres -c "create database $DATABASE"
trap 'kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; psql_bench -d postgres -c "drop database if exists $DATABASE"' EXIT

java -Xmx512m -jar "${BENCH_JAR:-../target/porchlight-web.jar}" --server.address=127.0.0.1 --server.port="$PORT" \
	--spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DATABASE" --spring.datasource.username=postgres \
	--porchlight.sync.enabled=false --porchlight.sync.run-on-startup=false > "app-$DATABASE.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 120); do
	curl -sf -o /dev/null "http://127.0.0.1:$PORT/robots.txt" && break
	sleep 1
done
psql_bench -d "$DATABASE" -f load-listings.sql
echo "Load average before the runs: $(cut -d ' ' -f 1-3 /proc/loadavg)"

base="http://127.0.0.1:$PORT"
pages=("/" "/?q=City%2017&beds=3&sort=price-asc" "/?minPrice=200000&maxPrice=400000&page=50"
	"/?keywords=fireplace&minYear=2000&sort=size" "/?keywords=42424" "/?keywords=zebra" "/?q=MLS-B4242"
	"/?q=Street%20242"
	"/listings/B4242/4342-street-242-ave-city-42" "/listings/B4240/home-in-city-40")
# Warms every page first, so that the JIT compiler has seen the shared code before the first page is measured.
for path in "${pages[@]}"; do
	curl -s -o /dev/null "$base$path"
	wrk -t1 -c1 -d5s "$base$path" > /dev/null
done
for path in "${pages[@]}"; do
	wrk -t1 -c1 -d5s "$base$path" > /dev/null
	echo "== $path (load $(cut -d ' ' -f 1 /proc/loadavg))"
	wrk -t1 -c1 -d"$DURATION" --latency -s wrk-percentiles.lua "$base$path" | grep -E "Requests/sec|p95|Non-2xx"
done
