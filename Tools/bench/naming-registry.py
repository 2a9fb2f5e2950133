#!/usr/bin/env python3
"""A province-size registry for the naming benchmark: N roads (one address
each, so the import creates N roads) spread over the current counties of one
province, names unique within each county and repeated across counties as in
real data (人民路 in many counties).

Road names are 专名 + optional direction or ordinal + 通名, from word lists
written for this benchmark; a share of estates is added the same way. The
same arguments always give the same file (seeded).
Usage: python3 Tools/bench/naming-registry.py ROADS ESTATES PROVINCE_PREFIX OUT.csv
"""
import random
import sys

roads, estates, province, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
rng = random.Random(20261122)

counties = []
for line in open("gazetteer/divisions.tsv", encoding="utf-8"):
    f = line.rstrip("\n").split("\t")
    if len(f) > 6 and f[0].startswith(province) and f[2] == "county" and f[6] == "current":
        counties.append(f[0])

first = "东西南北新老大小上下前后金银铜铁石玉青红白黄绿紫龙凤虎鹤松柏梅兰竹菊桃李杏柳桂荷春夏秋冬晨曦朝阳光明和平安康宁泰丰华兴盛昌隆福禄寿喜文武德仁义礼智信"
second = "山水河湖江海溪泉林园田桥塘村庄门街城坊岭峰岗湾洲港亭台楼阁云霞星月风雨雪霜花草叶果"
specifics = sorted({a + b for a in first for b in second})
directions = ["", "", "", "东", "西", "南", "北", "中"]
ordinals = ["", "", "", "", "", "一", "二", "三"]
generics = ["路", "路", "路", "街", "大道", "巷", "大街"]
estate_generics = ["小区", "花园", "家园", "苑", "新村", "公寓", "大厦"]

def road_names(n):
    seen = set()
    while len(seen) < n:
        seen.add(rng.choice(specifics) + rng.choice(directions) + rng.choice(ordinals) + rng.choice(generics))
    return sorted(seen)

with open(out, "w", encoding="utf-8") as f:
    f.write("id,division_code,town,community,road,number,estate,building,unit,room,lat,lon,status\n")
    per = roads // len(counties)
    extra = roads - per * len(counties)
    for i, code in enumerate(counties):
        for name in road_names(per + (1 if i < extra else 0)):
            f.write(",%s,,,%s,1号,,,,,,,active\n" % (code, name))
    per_e = estates // len(counties)
    for code in counties:
        seen = set()
        while len(seen) < per_e:
            seen.add(rng.choice(specifics) + rng.choice(estate_generics))
        road = rng.choice(specifics) + "路"
        for name in sorted(seen):
            f.write(",%s,,,%s,1号,%s,,,,,,active\n" % (code, road, name))
print("%d counties, %d roads, %d estates -> %s" % (len(counties), roads, per_e * len(counties), out), file=sys.stderr)
