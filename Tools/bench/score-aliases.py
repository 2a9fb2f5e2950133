#!/usr/bin/env python3
"""Scores `diming roads aliases` output against the planted truth of
aliases-registry.py. A proposed group is right when its set of names equals a
planted group's (same division): a group that misses a name or swallows a
decoy counts as wrong. Precision = right / proposed, recall = planted groups
found / planted.

usage: score-aliases.py GROUPS.jsonl TRUTH.tsv
"""
import json, sys

truth = set()
with open(sys.argv[2], encoding="utf-8") as f:
    for line in f:
        code, names = line.rstrip("\n").split("\t")
        truth.add(frozenset(names.split(",")))
proposed = []
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        g = json.loads(line)
        assert set(g) == {"names", "road_ids", "score", "evidence"}, g.keys()
        assert 0 <= g["score"] <= 1
        proposed.append(g)
right = [g for g in proposed if frozenset(g["names"]) in truth]
found = {frozenset(g["names"]) for g in right}
precision = len(right) / len(proposed) if proposed else 1.0
recall = len(found) / len(truth) if truth else 1.0
print(f"planted {len(truth)}, proposed {len(proposed)}, right {len(right)}")
print(f"precision {precision:.4f}, recall {recall:.4f}")
wrong = [g for g in proposed if frozenset(g["names"]) not in truth]
for g in wrong[:10]:
    print("wrong:", ",".join(g["names"]), g["score"], "; ".join(e["kind"] for e in g["evidence"]))
missed = [t for t in truth if t not in found]
for t in missed[:10]:
    print("missed:", ",".join(sorted(t)))
sys.exit(0 if precision >= 0.95 and recall >= 0.90 else 1)
