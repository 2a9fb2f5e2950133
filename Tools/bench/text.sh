#!/usr/bin/env bash
# Throughput of the address text engine through the command line, end to end
# (reading lines, normalizing or parsing, writing one output line each).
#
# Lines are composed from a generated registry (diming-generate) and damaged
# the way legacy sheets are: full-width digits, traditional characters,
# spaces, a repeated administrative prefix, compressed building-unit-room.
#   Tools/bench/text.sh [N] [ROUNDS]          (from the repository root)
# SCRATCH=<dir> builds with `--scratch-path <dir>` (default .build).
# After the end-to-end runs: start-up alone (an empty file), the parser
# engine alone on the same lines (diming-parse-bench: lines in memory,
# gazetteer load timed apart), and the reference, cpca, on the same lines.
set -euo pipefail
N=${1:-200000}
ROUNDS=${2:-2}
OUT=${BENCH_OUT:-bench-out}
mkdir -p "$OUT"
SCRATCH=${SCRATCH:-.build}
swift build -c release --scratch-path "$SCRATCH" --product diming >/dev/null
swift build -c release --scratch-path "$SCRATCH" --product diming-generate >/dev/null
swift build -c release --scratch-path "$SCRATCH" --product diming-parse-bench >/dev/null
BIN=$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path)
LINES="$OUT/legacy-$N.txt"
if [ ! -f "$LINES" ]; then
  "$BIN/diming-generate" --addresses "$N" --out "$OUT/text-registry-$N.csv" 2>/dev/null
  # county names by code, from the gazetteer
  awk -F'\t' 'NR>1 && $3=="county" {print $1"\t"$2}' gazetteer/divisions.tsv > "$OUT/counties.tsv"
  awk -F, -v OFS='' '
    NR==FNR { split($0, a, "\t"); county[a[1]] = a[2]; next }
    FNR==1 { next }
    {
      n = FNR % 5
      c = county[$2]; addr = $3 $4 $5 $6 $7 $8 $9 $10
      if (n == 0) line = "浙江省台州市" c addr
      else if (n == 1) { line = "台州 " c " " addr; gsub(/1/, "１", line); gsub(/2/, "２", line) }
      else if (n == 2) { line = "台州市" c addr; gsub(/号/, "號", line); gsub(/区/, "區", line) }
      else if (n == 3) line = "浙江省 台州市 浙江省 台州市 " c $7 ($8 != "" ? "12-3-1001" : $6)
      else line = c $3 $5 $6
      print line
    }' "$OUT/counties.tsv" "$OUT/text-registry-$N.csv" > "$LINES"
fi
COUNT=$(wc -l < "$LINES")
echo "# $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores; $COUNT lines, $(du -k "$LINES" | cut -f1) KB; command: Tools/bench/text.sh $N $ROUNDS"
printf '%-18s %8s %10s %12s\n' step wall_s peak_MB lines_per_s
for round in $(seq 1 "$ROUNDS"); do
  for cmd in normalize parse; do
    "$BIN/diming" help "$cmd" >/dev/null 2>&1 || continue
    /usr/bin/time -f "%e %M" -o "$OUT/time.txt" "$BIN/diming" "$cmd" "$LINES" > "$OUT/$cmd.out"
    read -r wall kb < "$OUT/time.txt"
    [ "$(wc -l < "$OUT/$cmd.out")" -eq "$COUNT" ] || { echo "$cmd: output line count differs from input"; exit 1; }
    printf '%-18s %8s %10d %12.0f\n' "diming $cmd" "$wall" $((kb / 1024)) "$(echo "$COUNT / $wall" | bc -l)"
  done
done
echo "# start-up alone (an empty input):"
: > "$OUT/empty.txt"
for cmd in normalize parse; do
  /usr/bin/time -f "%e %M" -o "$OUT/time.txt" "$BIN/diming" "$cmd" "$OUT/empty.txt" > /dev/null
  read -r wall kb < "$OUT/time.txt"
  printf '%-18s %8s %10d\n' "diming $cmd" "$wall" $((kb / 1024))
done
echo "# engine alone (diming-parse-bench bench $LINES $ROUNDS):"
"$BIN/diming-parse-bench" bench "$LINES" "$ROUNDS"
# The reference the issue names, on the same lines in the same run: cpca
# (province, city and county only). CPCA_PYTHON names a Python that has it.
echo "# reference (Tools/bench/parse-reference.py):"
for round in $(seq 1 "$ROUNDS"); do
  "${CPCA_PYTHON:-python3}" Tools/bench/parse-reference.py "$LINES"
done
