#!/usr/bin/env bash
# Import/export benchmark for issue "foundation" (BENCHMARKS.md).
#
# Generates a deterministic registry of N addresses (default 1,600,000: one
# prefecture city), then, in one run and on the same file:
#   1. the reference: sqlite3's own `.import --csv` into a plain 13-column table
#      (WAL, no indexes, no checks) — the practical bound for loading this CSV;
#   2. `diming import` into a fresh registry (checks every row, resolves
#      towns/roads/estates, builds the indexes, one transaction);
#   3. `diming export` to CSV and to JSON lines;
#   4. the round trip: import the export into a second registry, export again,
#      and compare the two exports byte for byte.
# Each timed step runs ROUNDS times; wall time and peak RSS come from
# /usr/bin/time. Usage:
#   Tools/bench/import-export.sh [N] [ROUNDS]        (from the repository root)
set -euo pipefail
N=${1:-1600000}
ROUNDS=${2:-2}
OUT=${BENCH_OUT:-bench-out}
mkdir -p "$OUT"
command -v sqlite3 >/dev/null || { echo "needs the sqlite3 command (apt-get install sqlite3)"; exit 1; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)"; exit 1; }

swift build -c release --product diming >/dev/null
swift build -c release --product diming-generate >/dev/null
BIN=$(swift build -c release --show-bin-path)
CSV="$OUT/registry-$N.csv"
[ -f "$CSV" ] || "$BIN/diming-generate" --addresses "$N" --out "$CSV"
ROWS=$(($(wc -l < "$CSV") - 1))
SIZE=$(du -m "$CSV" | cut -f1)

measure() { # label, command...: prints "label wall_s peak_MB"
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$OUT/time.txt" "$@" >/dev/null 2>"$OUT/stderr.txt" || { cat "$OUT/stderr.txt"; exit 1; }
  read -r wall kb < "$OUT/time.txt"
  printf '%s %s %d\n' "$label" "$wall" $((kb / 1024))
}

results=()
for round in $(seq 1 "$ROUNDS"); do
  rm -f "$OUT"/ref.sqlite* "$OUT"/a.sqlite* "$OUT"/b.sqlite*
  results+=("$(measure "sqlite3-cli-import" sqlite3 "$OUT/ref.sqlite" "PRAGMA journal_mode=WAL;" \
    "CREATE TABLE a(id,division_code,town,community,road,number,estate,building,unit,room,lat,lon,status);" \
    ".import --csv --skip 1 $CSV a")")
  "$BIN/diming" --db "$OUT/a.sqlite" init >/dev/null
  results+=("$(measure "diming-import" "$BIN/diming" --db "$OUT/a.sqlite" import "$CSV")")
  results+=("$(measure "diming-export-csv" "$BIN/diming" --db "$OUT/a.sqlite" export --out "$OUT/export.csv")")
  results+=("$(measure "diming-export-jsonl" "$BIN/diming" --db "$OUT/a.sqlite" export --out "$OUT/export.jsonl" --format jsonl)")
done
"$BIN/diming" --db "$OUT/b.sqlite" init >/dev/null
"$BIN/diming" --db "$OUT/b.sqlite" import "$OUT/export.csv" >/dev/null
"$BIN/diming" --db "$OUT/b.sqlite" export --out "$OUT/export-b.csv" >/dev/null
if cmp -s "$OUT/export.csv" "$OUT/export-b.csv"; then roundtrip="identical"; else roundtrip="DIFFERENT"; fi

echo "# $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(sqlite3 --version | cut -d' ' -f1) sqlite3"
echo "# file: $ROWS rows, $SIZE MB; command: Tools/bench/import-export.sh $N $ROUNDS"
printf '%-22s %8s %10s %12s\n' step wall_s peak_MB rows_per_s
for r in "${results[@]}"; do
  read -r label wall mb <<<"$r"
  printf '%-22s %8s %10s %12.0f\n' "$label" "$wall" "$mb" "$(echo "$ROWS / $wall" | bc -l)"
done
echo "round trip (export → import → export): $roundtrip"
[ "$roundtrip" = identical ]
