#!/usr/bin/env python3
"""Builds gazetteer/divisions.tsv, towns.tsv and division-changes.tsv from the
reference division data (jionlp 1.5.31 / cpca 0.5.5 extracts).

Run by a maintainer when the reference data changes:
    python3 Tools/gazetteer/build-divisions.py SOURCE_DIR gazetteer/
The project itself only reads the files this writes; it never needs SOURCE_DIR.

What it adds to the source: for each superseded code, the date it ended and the
current code that succeeded it, found by following the dated change list
(renames and re-parentings) from the old name path to a current division.

Rows of the existing divisions.tsv whose successor_basis is `hand` were set by
a maintainer from an official source named in gazetteer/README.md; they are
kept as they are (and added when the source lacks the code).
"""
import csv, json, sys, os

src, out = sys.argv[1], sys.argv[2]

by_hand = {}
existing = os.path.join(out, "divisions.tsv")
if os.path.exists(existing):
    with open(existing, encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            if r["successor_basis"] == "hand":
                by_hand[r["code"]] = r

rows = []
with open(os.path.join(src, "divisions.tsv"), encoding="utf-8") as f:
    for r in csv.DictReader(f, delimiter="\t"):
        rows.append(r)
by_code = {}
for r in rows:
    by_code.setdefault(r["code"], r)
# The source keeps two former Chongqing counties under 500200 (重庆市县), a
# city-level row it does not list; hang them under the province as the other
# Chongqing districts and counties are.
reparented = 0
for r in rows:
    if r["parent_code"] and r["parent_code"] not in by_code:
        province = r["code"][:2] + "0000"
        if province in by_code:
            r["parent_code"] = province
            reparented += 1

def path(r):
    names = []
    cur = r
    while cur is not None:
        names.append(cur["name"])
        cur = by_code.get(cur["parent_code"]) if cur["parent_code"] else None
    return tuple(reversed(names))

current_by_path = {}
any_by_path = {}
for r in rows:
    p = path(r)
    any_by_path.setdefault(p, r)
    if r["status"].startswith("current"):
        current_by_path.setdefault(p, r)

changes = []
with open(os.path.join(src, "changes.jsonl"), encoding="utf-8") as f:
    for line in f:
        if line.strip():
            changes.append(json.loads(line))
changes.sort(key=lambda c: c["date"])

def follow(p, after=""):
    """Follows dated changes from name path p; returns (current row, first change date)."""
    seen = set()
    first_date = None
    while p not in current_by_path:
        nxt = None
        for c in changes:
            if tuple(c["old_path"]) == p and c["date"] >= after and tuple(c["new_path"]) not in seen:
                nxt = c
                break
        if nxt is None:
            # A parent was renamed: retry with the renamed ancestor.
            for c in changes:
                op = tuple(c["old_path"])
                if len(op) < len(p) and p[:len(op)] == op:
                    nxt = {"new_path": list(c["new_path"]) + list(p[len(op):]), "date": c["date"]}
                    break
        if nxt is None:
            return None, first_date
        first_date = first_date or nxt["date"]
        seen.add(p)
        p = tuple(nxt["new_path"])
    return current_by_path[p], first_date

SUFFIXES = ("自治县", "地区", "县", "市", "区", "旗")
def stem(name):
    for suf in SUFFIXES:
        if name.endswith(suf) and len(name) > len(suf) + 1:
            return name[: -len(suf)]
    return name

def by_stem(r):
    """A current division under the same parent (or its successor) with the same name stem:
    玉环县 -> 玉环市, 郫县 -> 郫都区. Used only when the change list does not resolve."""
    parents = {r["parent_code"]}
    parent = by_code.get(r["parent_code"])
    if parent is not None and parent["status"] == "superseded":
        succ, _ = follow(path(parent))
        if succ is None or succ["code"] == parent["code"]:
            succ = by_stem(parent)
        if succ is not None:
            parents.add(succ["code"])
    st = stem(r["name"])
    found = [c for c in rows if c["status"].startswith("current") and c["parent_code"] in parents
             and c["level"] == r["level"] and c["code"] != r["code"]
             and (c["short_name"] == st or stem(c["name"]) == st)]
    return found[0] if len(found) == 1 else None

resolved = 0
superseded = 0
by_name_stem = 0
with open(os.path.join(out, "divisions.tsv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, delimiter="\t", lineterminator="\n")
    w.writerow(["code", "name", "level", "parent_code", "short_name", "kind", "status", "valid_to", "successor_code", "successor_basis"])
    written = set()
    for r in rows:
        written.add(r["code"])
        if r["code"] in by_hand:
            h = by_hand[r["code"]]
            w.writerow([h[k] for k in ["code", "name", "level", "parent_code", "short_name", "kind", "status", "valid_to", "successor_code", "successor_basis"]])
            continue
        status = "superseded" if r["status"] == "superseded" else "current"
        valid_to, successor, basis = "", "", ""
        if status == "superseded":
            superseded += 1
            succ, date = follow(path(r))
            if succ is not None and succ["code"] != r["code"]:
                successor, valid_to, basis = succ["code"], date or "", "change-list"
                resolved += 1
            else:
                succ = by_stem(r)
                if succ is not None:
                    successor, basis = succ["code"], "name-stem"
                    by_name_stem += 1
        w.writerow([r["code"], r["name"], r["level"], r["parent_code"], r["short_name"], r["kind"], status, valid_to, successor, basis])
    for code, h in sorted(by_hand.items()):
        if code not in written:
            w.writerow([h[k] for k in ["code", "name", "level", "parent_code", "short_name", "kind", "status", "valid_to", "successor_code", "successor_basis"]])

with open(os.path.join(src, "towns.tsv"), encoding="utf-8") as f, \
     open(os.path.join(out, "towns.tsv"), "w", encoding="utf-8", newline="") as g:
    rd = csv.DictReader(f, delimiter="\t")
    w = csv.writer(g, delimiter="\t", lineterminator="\n")
    w.writerow(["county_code", "town"])
    n = 0
    for r in rd:
        w.writerow([r["county_code"], r["town"]])
        n += 1

with open(os.path.join(out, "division-changes.tsv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, delimiter="\t", lineterminator="\n")
    w.writerow(["date", "approval", "relation", "old_path", "new_path", "old_code", "new_code"])
    for c in changes:
        old = any_by_path.get(tuple(c["old_path"]))
        new = current_by_path.get(tuple(c["new_path"])) or any_by_path.get(tuple(c["new_path"]))
        w.writerow([c["date"], c["approval"], c["relation"], "/".join(c["old_path"]), "/".join(c["new_path"]),
                    old["code"] if old else "", new["code"] if new else ""])

print(f"reparented to their province (missing parent row): {reparented}")
print(f"divisions: {len(rows)} ({superseded} superseded, {resolved} successors from the change list, {by_name_stem} by name stem); towns: {n}; changes: {len(changes)}")
