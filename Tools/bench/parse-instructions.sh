#!/usr/bin/env bash
# Instructions per line of `diming parse`, counted by callgrind: the same
# count for the same binary and input whatever else the machine is doing
# (wall-clock figures on this shared machine vary by a factor of two).
#   Tools/bench/parse-instructions.sh [LINES_FILE] [N]      (from the repository root)
# Runs `diming parse` on the first N lines (default 20,000) of LINES_FILE
# (default: the text.sh lines) and on an empty file; the difference divided
# by N is the work per line end to end (reading the line, normalizing,
# parsing, writing its JSON line), the empty run is the start-up.
set -euo pipefail
# Swift seeds its hashing per process: dictionary layouts, and with them the
# count, moved by a few hundred instructions per line from run to run.
export SWIFT_DETERMINISTIC_HASHING=1
OUT=${BENCH_OUT:-bench-out}
FILE=${1:-$OUT/legacy-200000.txt}
N=${2:-20000}
SCRATCH=${SCRATCH:-.build}
swift build -c release --scratch-path "$SCRATCH" --product diming >/dev/null
BIN=$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path)
mkdir -p "$OUT"
head -n "$N" "$FILE" > "$OUT/instructions-lines.txt"
N=$(wc -l < "$OUT/instructions-lines.txt")
: > "$OUT/empty.txt"
valgrind --tool=callgrind --callgrind-out-file="$OUT/parse.callgrind" \
  "$BIN/diming" parse "$OUT/instructions-lines.txt" >/dev/null 2>&1
valgrind --tool=callgrind --callgrind-out-file="$OUT/startup.callgrind" \
  "$BIN/diming" parse "$OUT/empty.txt" >/dev/null 2>&1
total=$(awk '/^summary:/ {print $2}' "$OUT/parse.callgrind")
startup=$(awk '/^summary:/ {print $2}' "$OUT/startup.callgrind")
echo "diming parse: $(( (total - startup) / N )) instructions per line over $N lines of $FILE (end to end, start-up apart)"
echo "start-up of diming parse (empty input): $startup instructions"
