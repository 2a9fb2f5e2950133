#!/usr/bin/env bash
# Doorplate issuance benchmark for issue 7 ("500 issues per second one after
# another with durable commits").
#
# On a fresh registry with one road (劳动北路, 331003 黄岩区), measures:
#   1. the command line: CLI_N `diming doorplate issue` processes one after
#      another (each opens the registry, issues one number, commits, exits);
#   2. the store: `diming doorplate issue --count N` (hidden option), N issues
#      one after another in one process, each its own immediate transaction
#      with its audit entry, committed durably (synchronous = FULL: the WAL
#      is synced to disk at every commit, so an issued number survives a
#      power cut).
# Then `diming check`, and that the N+CLI_N numbers are distinct.
# Usage (from the repository root):
#   Tools/bench/doorplates.sh [N] [CLI_N]
# SCRATCH=path chooses the build folder (default .build).
set -euo pipefail
N=${1:-2000}
CLI_N=${2:-100}
OUT=${BENCH_OUT:-bench-out}
SCRATCH=${SCRATCH:-.build}
mkdir -p "$OUT"

swift build -c release --scratch-path "$SCRATCH" --product diming >/dev/null
BIN=$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path)/diming
DB="$OUT/doorplates.sqlite"
rm -f "$DB" "$DB-wal" "$DB-shm"
"$BIN" --db "$DB" init >/dev/null
CSV="$OUT/doorplates-road.csv"
printf 'id,division_code,town,community,road,number,estate,building,unit,room,lat,lon,status\n,331003,东城街道,,劳动北路,1号,,,,,,,active\n' > "$CSV"
"$BIN" --db "$DB" import "$CSV" >/dev/null

now() { date +%s.%N; }
echo "CLI: $CLI_N processes, one issue each, one after another"
t0=$(now)
for _ in $(seq "$CLI_N"); do
  "$BIN" --db "$DB" doorplate issue --division 331003 --road 劳动北路 >/dev/null
done
t1=$(now)
awk -v n="$CLI_N" -v a="$t0" -v b="$t1" 'BEGIN { printf "  %.2f s, %.1f issues/s (%.1f ms per process)\n", b - a, n / (b - a), 1000 * (b - a) / n }'

echo "store: $N issues in one process, each its own durable transaction"
"$BIN" --db "$DB" doorplate issue --division 331003 --road 劳动北路 --side even --count "$N" | sed 's/^/  /'

echo "check: $("$BIN" --db "$DB" check)"
distinct=$(sqlite3 "$DB" "SELECT count(DISTINCT number) || ' distinct of ' || count(*) FROM address WHERE road_id = (SELECT id FROM road WHERE name = '劳动北路')" 2>/dev/null || echo "(sqlite3 not installed)")
echo "numbers on the road: $distinct"
