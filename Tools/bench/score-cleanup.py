#!/usr/bin/env python3
"""Scores a cleanup output against the truth the legacy generator wrote.

usage: score-cleanup.py OUT.csv

A `matched` line is correct when its match_id is the line's truth_id. Precision
is correct matched / matched; recall is correct matched / lines whose address is
in the registry. Per fault: lines, share matched correctly, wrong matches.
"""
import csv
import sys
from collections import Counter, defaultdict

rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8-sig")))
matched = [r for r in rows if r["verdict"] == "matched"]
correct = [r for r in matched if r["match_id"] == r["truth_id"] and r["match_level"] == "address"]
present = [r for r in rows if r["truth_id"]]
verdicts = Counter(r["verdict"] for r in rows)
wrong = [r for r in matched if not (r["match_id"] == r["truth_id"] and r["match_level"] == "address")]
precision = len(correct) / len(matched) if matched else 0.0
recall = len(correct) / len(present) if present else 0.0
print(f"lines {len(rows)}: in registry {len(present)}, not in registry {len(rows) - len(present)}")
print(f"verdicts: matched {verdicts['matched']}, review {verdicts['review']}, unmatched {verdicts['unmatched']}")
print(f"precision of matched: {precision * 100:.2f}% ({len(correct)} of {len(matched)})")
print(f"recall: {recall * 100:.2f}% ({len(correct)} of {len(present)})")
absent = [r for r in rows if not r["truth_id"]]
print(f"not in registry: {sum(1 for r in absent if r['verdict'] == 'matched')} matched (wrongly), "
      f"{sum(1 for r in absent if r['verdict'] == 'review')} review, {sum(1 for r in absent if r['verdict'] == 'unmatched')} unmatched")
by_fault = defaultdict(lambda: [0, 0, 0])
for r in rows:
    for f in (r["faults"].split(";") if r["faults"] else ["none"]):
        s = by_fault[f]
        s[0] += 1
        if r["verdict"] == "matched":
            if r["match_id"] == r["truth_id"] and r["match_level"] == "address":
                s[1] += 1
            else:
                s[2] += 1
print("\nfault                lines  matched-correct  wrong-match")
for f, (n, ok, bad) in sorted(by_fault.items(), key=lambda kv: -kv[1][0]):
    print(f"{f:20} {n:6}  {ok / n * 100:14.1f}%  {bad:11}")
if "-v" in sys.argv:
    print("\nwrong matches:")
    for r in wrong[:40]:
        print(f"  {r['address']} -> {r['match_address']} (truth {r['truth_id']}, got {r['match_id']}) {r['reasons']} [{r['faults']}]")
    missed = [r for r in present if r["verdict"] != "matched"]
    print("\nmissed (sample):")
    for r in missed[:60]:
        print(f"  {r['address']} -> {r['verdict']} {r['match_address']} {r['reasons']} [{r['faults']}]")
