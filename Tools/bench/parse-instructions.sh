#!/usr/bin/env bash
# Instructions per line of the parser engine, counted by callgrind: the same
# count for the same binary and input whatever else the machine is doing
# (wall-clock figures on this shared machine vary by a factor of two).
#   Tools/bench/parse-instructions.sh [LINES_FILE] [N]      (from the repository root)
# Counts AddressParser.parse and ParsedAddressJSON.append over the first N
# lines (default 5,000) of LINES_FILE (default: the text.sh lines), and
# `diming parse` of an empty file (start-up).
set -euo pipefail
OUT=${BENCH_OUT:-bench-out}
FILE=${1:-$OUT/legacy-200000.txt}
N=${2:-5000}
SCRATCH=${SCRATCH:-.build}
swift build -c release --scratch-path "$SCRATCH" --product diming >/dev/null
swift build -c release --scratch-path "$SCRATCH" --product diming-parse-bench >/dev/null
BIN=$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path)
mkdir -p "$OUT"
head -n "$N" "$FILE" > "$OUT/instructions-lines.txt"
valgrind --tool=callgrind --callgrind-out-file="$OUT/parse.callgrind" --collect-atstart=no \
  --toggle-collect='$s11DimingParse13AddressParserV5parseyAA06ParsedC0VSSF' \
  --toggle-collect='$s11DimingParse17ParsedAddressJSONO6append5input_2toySS_AA0cD0VSays5UInt8VGztFZ' \
  "$BIN/diming-parse-bench" bench "$OUT/instructions-lines.txt" 1 >/dev/null 2>&1
total=$(awk '/^summary:/ {print $2}' "$OUT/parse.callgrind")
# The bench parses every line twice (parse alone, then parse + JSON) and writes JSON once.
echo "engine: $total instructions for $N lines parsed twice and written once: $((total / N)) per line"
: > "$OUT/empty.txt"
valgrind --tool=callgrind --callgrind-out-file="$OUT/startup.callgrind" "$BIN/diming" parse "$OUT/empty.txt" >/dev/null 2>&1
echo "start-up of diming parse (empty input): $(awk '/^summary:/ {print $2}' "$OUT/startup.callgrind") instructions"
