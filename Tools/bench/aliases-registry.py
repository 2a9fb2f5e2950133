#!/usr/bin/env python3
"""A registry with planted roads-with-several-names (一路多名) and known truth,
for the `diming roads aliases` benchmark (Tools/bench/aliases.sh).

Writes into OUT_DIR:
  registry.csv    canonical address CSV (import with `diming import`)
  road-names.csv  recorded former names (import with `diming roads import-names`)
  legacy.csv      legacy address lines (run through `diming cleanup`)
  truth.tsv       one planted group per line: division_code TAB names (comma-separated, sorted)

Planted groups, in turn: a recorded former name that is still a road of its
own; an estate split between two names with two buildings under both; legacy
text 新名N号(原旧名); a triple (recorded name + estate split); a name known only
from legacy text (又名). Decoys that must NOT group: segments of one line
(X北路 / X路 / X南路) sharing a corner building, crossing roads sharing a
corner estate (different buildings) or a corner building (a plate on each), look-alike names (X路 / X街), and legacy
lines naming a crossing (A与B交叉口).

usage: aliases-registry.py ROADS ADDRESSES_PER_ROAD OUT_DIR [SEED]
"""
import csv, os, random, sys

roads_wanted = int(sys.argv[1]); per_road = int(sys.argv[2]); out = sys.argv[3]
rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 20261122)
os.makedirs(out, exist_ok=True)
here = os.path.dirname(os.path.abspath(__file__))
gaz = os.path.join(here, "..", "..", "gazetteer", "divisions.tsv")

names = {}
counties = []
with open(gaz, encoding="utf-8") as f:
    next(f)
    for line in f:
        c = line.rstrip("\n").split("\t")
        names[c[0]] = c[1]
        if c[0].startswith("33") and c[2] == "county" and c[6] == "current":
            counties.append((c[0], c[3]))

# No direction characters in the pool: 方位 are added on purpose (segments).
POOL = "和平淮海胜利解放建设人民光明幸福团结文化青年学府育才振兴繁荣长江黄河泰山华山松柏桂花梅兰竹菊春晓秋实凤凰龙腾金桥银杏玉泉白云碧水丰收永安康宁吉祥瑞丰新华复兴红旗朝阳"
CHARS = list(dict.fromkeys(POOL))
GENERICS = ["路", "街", "大道", "巷"]
ESTATE_SUFFIX = ["小区", "苑", "花园", "公寓", "新村", "家园"]

class County:
    def __init__(self, code, parent):
        self.code = code
        self.prefix = names.get(parent, "") + names[code]
        self.used = set()
        self.estates = 0
    def name(self, generic=None):
        while True:
            s = rng.choice(CHARS) + rng.choice(CHARS)
            g = generic or rng.choice(GENERICS)
            n = s + g
            # Keep 路 and 街 of one 专名 apart unless a decoy asks for both.
            if n not in self.used and s + "路" not in self.used and s + "街" not in self.used:
                self.used.add(n)
                return n
    def estate(self):
        self.estates += 1
        return rng.choice(CHARS) + rng.choice(CHARS) + rng.choice(ESTATE_SUFFIX) + ("" if self.estates == 1 else str(self.estates))

reg = open(os.path.join(out, "registry.csv"), "w", encoding="utf-8", newline="")
w = csv.writer(reg, lineterminator="\n")
w.writerow(["id", "division_code", "town", "community", "road", "number", "estate", "building", "unit", "room", "lat", "lon", "status"])
rn = csv.writer(open(os.path.join(out, "road-names.csv"), "w", encoding="utf-8", newline=""), lineterminator="\n")
rn.writerow(["division_code", "road", "name", "kind", "valid_from", "valid_to", "source"])
lg = csv.writer(open(os.path.join(out, "legacy.csv"), "w", encoding="utf-8", newline=""), lineterminator="\n")
lg.writerow(["address"])
truth = open(os.path.join(out, "truth.tsv"), "w", encoding="utf-8")
next_id = 1
roads_written = 0
addresses = 0

def addr(c, road, number, estate="", building="", unit="", room=""):
    global next_id, addresses
    w.writerow([next_id, c.code, "", "", road, number, estate, building, unit, room, "", "", "active"])
    next_id += 1
    addresses += 1

def plain_road(c, road, n, estate_buildings=None):
    """n addresses: doorplates, then rooms of the road's own estate."""
    global roads_written
    roads_written += 1
    plates = max(1, n // 5)
    for i in range(1, plates + 1):
        addr(c, road, f"{i}号")
    rest = n - plates
    if rest > 0:
        e = c.estate()
        for i in range(rest):
            addr(c, road, f"{plates + 1}号", e, f"{i // 20 + 1}幢", "1单元", f"{101 + i % 20}")

def split_estate(c, a, b):
    """One estate, buildings 1-4 under a, 3-6 under b."""
    e = c.estate()
    for bld, road in [(1, a), (2, a), (3, a), (4, a), (3, b), (4, b), (5, b), (6, b)]:
        for r in (101, 102):
            addr(c, road, "8号" if road == a else "16号", e, f"{bld}幢", "1单元", str(r))

planted = 0
county_objs = [County(code, parent) for code, parent in counties]
per_county = max(1, roads_wanted // len(county_objs))
for c in county_objs:
    budget = per_county
    groups = max(1, per_county // 50)  # about 5% of roads are in a planted group or a decoy
    for g in range(groups):
        kind = g % 5
        a, b = c.name(), c.name()
        if kind == 0:    # recorded former name, old road never retired
            plain_road(c, a, per_road); plain_road(c, b, 5)
            rn.writerow([c.code, a, b, "former", "", "2019-12-31", "generator"])
            group = [a, b]
        elif kind == 1:  # estate split between two names
            plain_road(c, a, per_road); plain_road(c, b, 3)
            split_estate(c, a, b)
            group = [a, b]
        elif kind == 2:  # legacy text
            plain_road(c, a, per_road); plain_road(c, b, 4)
            lg.writerow([f"{c.prefix}{a}{rng.randint(1, max(1, per_road // 5))}号(原{b})"])
            group = [a, b]
        elif kind == 3:  # triple
            cc = c.name()
            plain_road(c, a, per_road); plain_road(c, b, 4); plain_road(c, cc, 3)
            rn.writerow([c.code, a, b, "former", "", "2015-06-30", "generator"])
            split_estate(c, a, cc)
            group = [a, b, cc]
        else:            # a name known only from legacy text
            plain_road(c, a, per_road)  # b stays reserved: it must never become a road
            lg.writerow([f"{c.prefix}{a}{rng.randint(1, max(1, per_road // 5))}号(又名{b})"])
            group = [a, b]
        truth.write(c.code + "\t" + ",".join(sorted(group)) + "\n")
        planted += 1
        budget -= len(group)
        # Decoys, one of each per group.
        s = rng.choice(CHARS) + rng.choice(CHARS)
        seg = [s + "北路", s + "路", s + "南路"]
        if not any(x in c.used for x in seg):
            for x in seg:
                c.used.add(x); plain_road(c, x, 4)
            e = c.estate()
            addr(c, seg[0], "1号", e, "1幢", "1单元", "101"); addr(c, seg[1], "2号", e, "1幢", "1单元", "102")
            budget -= 3
        x, y = c.name(), c.name()
        plain_road(c, x, 4); plain_road(c, y, 4)
        e = c.estate()
        addr(c, x, "9号", e, "1幢", "1单元", "101"); addr(c, y, "10号", e, "2幢", "1单元", "101")
        lg.writerow([f"{c.prefix}{x}与{y}交叉口"])
        # A corner building with a doorplate on each of two crossing roads.
        u, v = c.name(), c.name()
        plain_road(c, u, 4); plain_road(c, v, 4)
        e = c.estate()
        addr(c, u, "11号", e, "1幢", "1单元", "101"); addr(c, v, "12号", e, "1幢", "1单元", "102")
        budget -= 2
        p = rng.choice(CHARS) + rng.choice(CHARS)
        if p + "路" not in c.used and p + "街" not in c.used:
            c.used.update([p + "路", p + "街"]); plain_road(c, p + "路", 4); plain_road(c, p + "街", 4)
            budget -= 2
        budget -= 2
    for _ in range(max(0, budget)):
        r = c.name()
        plain_road(c, r, per_road)
        if rng.random() < 0.002:
            lg.writerow([f"{c.prefix}{r}1号"])
reg.close()
truth.close()
print(f"{roads_written} roads, {addresses} addresses, {planted} planted groups, {len(county_objs)} counties", file=sys.stderr)
