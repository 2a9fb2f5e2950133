#!/usr/bin/env bash
# Naming review speed and accuracy (issue 5), through the command line.
#
# A province-size registry (ROADS roads over the current counties of Zhejiang,
# Tools/bench/naming-registry.py) is imported; then:
#   - one name checked against it (default scope: the county), three runs,
#     with the hidden --timing flag printing start-up, store read, index and
#     check times on standard error;
#   - 2,000 names checked in one run, county and province scope;
#   - the audit of every name in the registry, timed;
#   - recall and precision on Tools/naming/campaign-testset.tsv.
#   Tools/bench/naming.sh [ROADS]            (from the repository root)
set -euo pipefail
ROADS=${1:-200000}
OUT=${BENCH_OUT:-bench-out}
mkdir -p "$OUT"
swift build -c release --product diming >/dev/null
BIN=$(swift build -c release --show-bin-path)/diming
CSV="$OUT/naming-registry-$ROADS.csv"
DB="$OUT/naming-$ROADS.sqlite"
python3 Tools/bench/naming-registry.py "$ROADS" 0 33 "$CSV"
rm -f "$DB"
"$BIN" --db "$DB" init >/dev/null
"$BIN" --db "$DB" import "$CSV" | tail -2
# 330102 is 上城区, 杭州市.
echo "== one name, county scope (3 runs)"
for i in 1 2 3; do
  /usr/bin/time -f "   process: %e s wall, %M KB" "$BIN" --db "$DB" name check --class road --division 330102 --timing 青龙路 >/dev/null
done
python3 - "$OUT/naming-names-2000.txt" <<'PY'
import random, sys
r = random.Random(1)
a = "东西南北新老大小上下前后金银铜铁石玉青红白黄绿紫龙凤虎鹤松柏梅兰竹菊"
b = "山水河湖江海溪泉林园田桥塘村庄门街城坊岭峰岗湾洲港"
with open(sys.argv[1], "w", encoding="utf-8") as f:
    for _ in range(2000):
        f.write(r.choice(a) + r.choice(b) + r.choice(["", "东", "西", "一"]) + r.choice(["路", "街", "大道", "巷"]) + "\n")
PY
echo "== 2,000 names, county scope"
"$BIN" --db "$DB" name check --class road --division 330102 --timing --file "$OUT/naming-names-2000.txt" >/dev/null
echo "== 2,000 names, province scope (all $ROADS roads)"
"$BIN" --db "$DB" name check --class road --division 330102 --scope province --timing --file "$OUT/naming-names-2000.txt" >/dev/null
echo "== audit of every name"
/usr/bin/time -f "   process: %e s wall, %U s user, %M KB" "$BIN" --db "$DB" name audit --out "$OUT/naming-audit-$ROADS"
echo "== campaign test set"
python3 Tools/naming/evaluate.py "$BIN" Tools/naming/campaign-testset.tsv
