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
# Then `diming check`, and that the N+CLI_N numbers are distinct; then
#   3. the digital-doorplate QR code: QR_N encodes of one doorplate's payload
#      (all eight masks tried each time) rendered as PNG at 8 px per module,
#      in one process (hidden `doorplate qr --count`), and one `doorplate qr`
#      and one `doorplate certificate` process timed whole;
#   4. renumbering: the whole road (every doorplate issued above) renamed in
#      one transaction with its mapping CSV, timed as one process.
# Usage (from the repository root):
#   Tools/bench/doorplates.sh [N] [CLI_N] [QR_N]
# SCRATCH=path chooses the build folder (default .build).
set -euo pipefail
N=${1:-2000}
CLI_N=${2:-100}
QR_N=${3:-1000}
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

CODE=$("$BIN" --db "$DB" doorplate issue --division 331003 --road 劳动北路 | sed 's/.*"code":"\([0-9]*\)".*/\1/')
echo "QR: $QR_N encodes + PNG renders of $CODE's payload in one process"
"$BIN" --db "$DB" doorplate qr --code "$CODE" --format png --count "$QR_N" | sed 's/^/  /'
t0=$(now)
"$BIN" --db "$DB" doorplate qr --code "$CODE" --format png --out "$OUT/doorplate.png"
t1=$(now)
"$BIN" --db "$DB" doorplate certificate --code "$CODE" --applicant 王小明 --office 黄岩区民政局 --out "$OUT/certificate.html" >/dev/null
t2=$(now)
awk -v a="$t0" -v b="$t1" -v c="$t2" 'BEGIN { printf "  one qr process %.1f ms, one certificate process %.1f ms\n", 1000 * (b - a), 1000 * (c - b) }'
if command -v zbarimg >/dev/null; then echo "  zbarimg reads: $(zbarimg --raw -q "$OUT/doorplate.png" 2>/dev/null)"; fi

moving=$(sqlite3 "$DB" "SELECT count(*) FROM address WHERE status = 'active' AND road_id = (SELECT id FROM road WHERE name = '劳动北路')" 2>/dev/null || echo "?")
echo "renumber: rename 劳动北路 ($moving active doorplates) to 劳动中路, one transaction"
t0=$(now)
"$BIN" --db "$DB" doorplate renumber --division 331003 --road 劳动北路 --rename 劳动中路 --mapping "$OUT/renumber-mapping.csv" >/dev/null
t1=$(now)
awk -v a="$t0" -v b="$t1" 'BEGIN { printf "  %.2f s wall, one process\n", b - a }'
echo "  mapping rows: $(($(wc -l < "$OUT/renumber-mapping.csv") - 1))"
echo "check: $("$BIN" --db "$DB" check)"
