"""A/B of two trainkit-bench binaries, alternated in one run.

    python3 scripts/ab.py ROUNDS BINARY_A BINARY_B -- trainkit-bench arguments…

e.g. keep a copy of the binary before a change, rebuild, then
    python3 scripts/ab.py 4 /tmp/bench-before .build/release/trainkit-bench -- mlp digits --trials 5

Runs A then B, ROUNDS times, each with --json, and prints every figure's
best time over the rounds for both, with the speed-up B/A (> 1: B faster),
and the same for the median of the rounds' medians (what a busy minute
does to each).
Alternating lets a burst of load on a shared machine hurt both alike; the
order alternates too (A B, B A, A B, …): on the shared 2-core host the
binary run second in a round read 3–9 % faster than the first, whichever
it was (one-thread GEMM rows, CPU time, 2026-12-07).
A binary may be given as KEY=VALUE,...@PATH to run it with those
environment variables, e.g. the same binary on two kernel sets:
    python3 scripts/ab.py 4 TRAINKIT_ISA=portable@B TRAINKIT_ISA=avx2@B -- gemm
Run it from Benchmarks/ (the digits workload finds ../datasets from there).
"""
import collections
import json
import os
import statistics
import subprocess
import sys

if len(sys.argv) < 5 or sys.argv[4] != "--":
    sys.exit(__doc__)
rounds, binaries, arguments = int(sys.argv[1]), sys.argv[2:4], sys.argv[5:]
best = collections.defaultdict(dict)
kernels = {}
medians = collections.defaultdict(lambda: collections.defaultdict(list))
for round_index in range(rounds):
    for binary in binaries[::-1] if round_index % 2 else binaries:
        env, path = dict(os.environ), binary
        if "@" in binary:
            settings, path = binary.split("@", 1)
            env.update(item.split("=", 1) for item in settings.split(","))
        out = subprocess.run([path, *arguments, "--json"], capture_output=True,
                             text=True, check=True, env=env).stdout
        for line in out.splitlines():
            if not line.startswith("{"):
                continue
            record = json.loads(line)
            if record["workload"] == "kernels":
                kernels[binary] = record["label"]
                continue
            key = (record["workload"], record["label"], record.get("threads"))
            medians[binary][key].append(record.get("median_s", record["best_s"]))
            if key not in best[binary] or record["best_s"] < best[binary][key]:
                best[binary][key] = record["best_s"]
for key, a in best[binaries[0]].items():
    b = best[binaries[1]].get(key)
    if b is None:
        continue
    ma = statistics.median(medians[binaries[0]][key])
    mb = statistics.median(medians[binaries[1]][key])
    print(f"{key[1][:34]:34} threads={key[2]}  best A {a * 1e3:9.3f} ms  "
          f"B {b * 1e3:9.3f} ms  B/A {a / b:5.2f}   median A {ma * 1e3:9.3f} "
          f"ms  B {mb * 1e3:9.3f} ms  B/A {ma / mb:5.2f}")
print("kernels: A " + kernels.get(binaries[0], "?") + ", B "
      + kernels.get(binaries[1], "?"))
