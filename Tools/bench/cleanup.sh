#!/usr/bin/env bash
# Cleanup matching against a generated registry, in one run:
#   1. accuracy: noisy legacy lines with the truth (diming-generate-legacy),
#      scored with score-cleanup.py (precision of matched, recall);
#   2. speed: lines per second of `diming cleanup`, and the start-up time of
#      building the registry index, beside the reference the issue names:
#      brute-force fuzzy matching (RapidFuzz's extractOne over every standard
#      address of the registry) on a sample of the same lines.
#
# usage: Tools/bench/cleanup.sh [ADDRESSES=1600000] [LINES=50000] [BRUTE_LINES=20]
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-1600000}
L=${2:-50000}
B=${3:-20}
OUT=bench-out/cleanup
mkdir -p "$OUT"
swift build -c release --product diming >/dev/null
swift build -c release --product diming-generate >/dev/null
swift build -c release --product diming-generate-legacy >/dev/null
BIN=.build/release
DB="$OUT/registry.sqlite"
rm -f "$DB" "$DB"-wal "$DB"-shm
echo "machine: $(nproc) cores, $(uname -sr); $(date -u +%FT%TZ)"
$BIN/diming-generate --addresses "$N" --city 331000 --out "$OUT/registry-in.csv"
$BIN/diming --db "$DB" init >/dev/null
$BIN/diming --db "$DB" import "$OUT/registry-in.csv" >/dev/null
$BIN/diming --db "$DB" export --out "$OUT/registry.csv"
$BIN/diming-generate-legacy --registry "$OUT/registry.csv" --lines "$L" --out "$OUT/legacy.csv" --road-names "$OUT/road-names.csv"
$BIN/diming --db "$DB" roads import-names "$OUT/road-names.csv"
echo "--- diming cleanup ($L lines against $N addresses)"
/usr/bin/time -f "wall %e s, peak %M KB" $BIN/diming --db "$DB" cleanup "$OUT/legacy.csv" --column address --out "$OUT/cleaned.csv"
echo "--- accuracy"
python3 Tools/bench/score-cleanup.py "$OUT/cleaned.csv"
echo "--- reference: brute-force fuzzy matching (RapidFuzz extractOne, WRatio) over all $N standard addresses, $B lines"
python3 -c "import rapidfuzz" 2>/dev/null || pip install -q rapidfuzz >/dev/null
python3 - "$OUT/registry.csv" "$OUT/legacy.csv" "$B" <<'PY'
import csv, sys, time
from rapidfuzz import process, fuzz
names = {}
reg = csv.reader(open(sys.argv[1], encoding="utf-8-sig")); next(reg)
choices = []
for r in reg:
    choices.append(r[2] + r[4] + r[5] + r[6] + r[7] + r[8] + r[9] or r[3] + r[5])
lines = [r["address"] for r in csv.DictReader(open(sys.argv[2], encoding="utf-8-sig"))][: int(sys.argv[3])]
t = time.time()
for line in lines:
    process.extractOne(line, choices, scorer=fuzz.WRatio)
dt = time.time() - t
print(f"brute force: {len(lines)} lines in {dt:.2f} s = {len(lines) / dt:.1f} lines/s against {len(choices)} addresses")
PY
