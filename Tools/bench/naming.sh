#!/usr/bin/env bash
# Naming review speed and accuracy (issue 5), through the command line.
#
# A province-size registry (ROADS roads over the current counties of Zhejiang,
# Tools/bench/naming-registry.py) is imported; then:
#   - the first check after the import, which keys every name (the import
#     only queues them), and the same from a registry taken back to the
#     schema before the naming keys (migration v4 and its backfill);
#   - one name checked against it at county, city, built-up-area and
#     province scope, several runs each, with the hidden --timing flag
#     printing start-up, key refresh and check times on standard error;
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
/usr/bin/time -f "   import: %e s wall" "$BIN" --db "$DB" import "$CSV" | tail -2
echo "   registry file after import: $(du -cm "$DB"* | tail -1 | cut -f1) MB"
# 330102 is 上城区, 杭州市 (in the example built-up area 杭州主城区).
echo "== first check after the import (keys every name)"
/usr/bin/time -f "   process: %e s wall, %M KB" "$BIN" --db "$DB" name check --class road --division 330102 --scope province --timing 青龙路 >/dev/null
echo "   registry file with the keys: $(du -cm "$DB"* | tail -1 | cut -f1) MB"
echo "== a registry from before the naming keys: migration v4 and backfill"
python3 - "$DB" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
for t in ["road_ai", "road_au", "road_ad", "place_ai", "place_au", "place_ad"]:
    db.execute("DROP TRIGGER naming_key_%s" % t)
for t in ["naming_key", "naming_key_stale", "naming_key_state"]:
    db.execute("DROP TABLE %s" % t)
db.execute("DELETE FROM grdb_migrations WHERE identifier = 'v4-naming-keys'")
db.commit()
db.execute("VACUUM")
PY
/usr/bin/time -f "   process: %e s wall, %M KB" "$BIN" --db "$DB" name check --class road --division 330102 --scope province --timing 青龙路 >/dev/null
RUNS=${RUNS:-5}
for scope in county city built-up province; do
  echo "== one name, $scope scope ($RUNS runs)"
  for i in $(seq "$RUNS"); do
    /usr/bin/time -f "   process: %e s wall, %M KB" "$BIN" --db "$DB" name check --class road --division 330102 --scope "$scope" --timing 青龙路 >/dev/null
  done
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
