#!/usr/bin/env bash
# Roads with several names (一路多名) benchmark (BENCHMARKS.md, issue 6).
#
# Writes a registry with planted alias groups and decoys over the current
# counties of Zhejiang (Tools/bench/aliases-registry.py), imports it with its
# recorded former names, runs the legacy lines through `diming cleanup` (so
# cleanup batches hold the legacy text), then times `diming roads aliases` and
# scores its groups against the truth (Tools/bench/score-aliases.py).
# Usage, from the repository root:
#   Tools/bench/aliases.sh [ROADS] [ADDRESSES_PER_ROAD]     (default 200000 100)
set -euo pipefail
ROADS=${1:-200000}
PER=${2:-100}
OUT=${BENCH_OUT:-bench-out}/aliases-$ROADS-$PER
SCRATCH=${SCRATCH:-.build-aliases}
mkdir -p "$OUT"
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)"; exit 1; }

swift build -c release --scratch-path "$SCRATCH" --product diming >/dev/null
BIN=$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path)
[ -f "$OUT/registry.csv" ] || python3 Tools/bench/aliases-registry.py "$ROADS" "$PER" "$OUT"
DB="$OUT/registry.sqlite"
if [ ! -f "$DB" ]; then
  "$BIN/diming" --db "$DB" init >/dev/null
  /usr/bin/time -f "import: %e s wall, %M KB peak" "$BIN/diming" --db "$DB" import "$OUT/registry.csv" >/dev/null
  "$BIN/diming" --db "$DB" roads import-names "$OUT/road-names.csv"
  "$BIN/diming" --db "$DB" cleanup "$OUT/legacy.csv" --column address --out "$OUT/legacy.cleaned.csv" >/dev/null
fi
"$BIN/diming" --db "$DB" summary || true
for round in 1 2; do
  /usr/bin/time -f "roads aliases (round $round): %e s wall, %U s user, %M KB peak" \
    "$BIN/diming" --db "$DB" roads aliases --timing > "$OUT/groups.jsonl"
done
python3 Tools/bench/score-aliases.py "$OUT/groups.jsonl" "$OUT/truth.tsv"
