#!/usr/bin/env python3
"""Reference for the parse benchmark: cpca (Chinese province/city/area
extraction, PyPI) on the same lines, in the same run.

  Tools/bench/parse-reference.py LINES_FILE

cpca resolves only province, city and county (no roads, numbers or places),
so it does less per line than `diming parse`. Prints the lines per second of
its transform step (data loading timed apart), or a note when cpca is not
installed (pip install cpca; not a dependency of the project).
"""
import sys
import time

path = sys.argv[1]
with open(path, encoding="utf-8", errors="replace") as f:
    lines = f.read().split("\n")
if lines and lines[-1] == "":
    lines.pop()
t0 = time.perf_counter()
try:
    import cpca
except ImportError:
    print("cpca: not installed (pip install cpca); reference skipped")
    sys.exit(0)
t1 = time.perf_counter()
cpca.transform(lines[:10])  # loads its tables on first use
t2 = time.perf_counter()
start_cpu = time.process_time()
frame = cpca.transform(lines)
t3 = time.perf_counter()
cpu = time.process_time() - start_cpu
print(f"cpca {getattr(cpca, '__version__', '?')}: import {t1 - t0:.2f} s, first call {t2 - t1:.2f} s; "
      f"transform of {len(lines)} lines {t3 - t2:.2f} s wall, {cpu:.2f} s CPU = {len(lines) / (t3 - t2):,.0f} lines/s "
      f"({len(frame)} rows out)")
