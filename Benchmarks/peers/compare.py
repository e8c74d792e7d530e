"""Runs workloads 1-3 in TrainKit (trainkit-bench, release build) and in
NumPy, PyTorch and scikit-learn, in the same run and with the same thread
count, and prints each figure with the ratio TrainKit / peer (> 1: TrainKit
is faster).

    cd Benchmarks && swift build -c release --product trainkit-bench
    python3 peers/compare.py [gemm] [mlp] [digits] [--threads 2] [--trials 7]
        [--rounds 2] [--json results.jsonl] [--cpu-clock]
        [--openblas-coretype Haswell] [--bench PATH]

OPENBLAS_CORETYPE is removed from the peers' environment only (this machine
sets it to Haswell, which halves OpenBLAS on AVX-512 hardware), unless
--openblas-coretype names the kernels OpenBLAS must use: with Haswell it
runs its AVX2 kernels, the peer of TrainKit's avx2 set, e.g.
    TRAINKIT_ISA=avx2 python3 peers/compare.py gemm --threads 1 --cpu-clock \
        --peers numpy --openblas-coretype Haswell
(TRAINKIT_ISA reaches trainkit-bench, which inherits the environment).
--bench runs another trainkit-bench binary. With
--rounds N the TrainKit and peer runs alternate N times and each figure is
the best over the rounds, so that a burst of load on a shared machine hurts
both sides alike. With --cpu-clock the one-thread GEMM rows are timed by
the calling thread's CPU time on both sides (steadier under load).
"""

import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.join(HERE, "..", ".build", "release", "trainkit-bench")
DIGITS = os.path.join(HERE, "..", "..", "datasets", "digits.csv")


def run_lines(command, env=None):
    out = subprocess.run(command, check=True, stdout=subprocess.PIPE, env=env, text=True).stdout
    records = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    # trainkit-bench's first record names its kernel set.
    for r in records:
        if r["workload"] == "kernels":
            print(f"TrainKit kernels: {r['label']}")
    return [r for r in records if r["workload"] != "kernels"]


def key(record):
    return (record["workload"], record["label"], record["threads"])


def merge_best(table, records, peer):
    for r in records:
        r.setdefault("peer", peer)
        k = (r["peer"],) + key(r)
        if k not in table or r["best_s"] < table[k]["best_s"]:
            # keep the best trial; keep the median of the round it came from
            table[k] = r


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("workloads", nargs="*", default=["gemm", "mlp", "digits"])
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    parser.add_argument("--trials", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--peers", default="numpy,torch,sklearn")
    parser.add_argument("--json", help="also write every record to this file")
    parser.add_argument("--cpu-clock", action="store_true",
                        help="time one-thread GEMM by CPU time on both sides")
    parser.add_argument("--openblas-coretype", metavar="NAME",
                        help="OPENBLAS_CORETYPE for the peers (default: unset)")
    parser.add_argument("--bench", default=BENCH, help="the trainkit-bench binary")
    args = parser.parse_args()
    bench = args.bench
    if not os.path.exists(bench):
        sys.exit(f"compare.py: {bench} not found; build it first:\n"
                 "  cd Benchmarks && swift build -c release --product trainkit-bench")

    peer_env = dict(os.environ)
    peer_env.pop("OPENBLAS_CORETYPE", None)
    if args.openblas_coretype:
        peer_env["OPENBLAS_CORETYPE"] = args.openblas_coretype
        print(f"OpenBLAS kernels: OPENBLAS_CORETYPE={args.openblas_coretype}")
    table = {}
    for _ in range(args.rounds):
        merge_best(table, run_lines(
            [bench, *args.workloads, "--json", "--trials", str(args.trials),
             "--threads", str(args.threads), "--digits", DIGITS]
            + (["--cpu-clock"] if args.cpu_clock else [])), "trainkit")
        merge_best(table, run_lines(
            [sys.executable, os.path.join(HERE, "workloads.py"), *args.workloads,
             "--threads", str(args.threads), "--trials", str(args.trials),
             "--digits", DIGITS, "--peers", args.peers]
            + (["--cpu-clock"] if args.cpu_clock else []), env=peer_env), None)

    if args.json:
        with open(args.json, "w") as f:
            for r in table.values():
                f.write(json.dumps(r, ensure_ascii=False) + "\n")

    peers = [p for p in ("numpy", "torch", "sklearn") if any(k[0] == p for k in table)]
    rows = sorted({k[1:] for k in table if k[0] == "trainkit"},
                  key=lambda k: (["gemm", "mlp", "digits"].index(k[0]), k[2], k[1]))
    order = {}
    for k in table:
        if k[0] == "trainkit":
            order.setdefault(k[1:], len(order))
    rows.sort(key=lambda k: (["gemm", "mlp", "digits"].index(k[0]), k[2], order[k]))

    def figure(r):
        if r["workload"] == "gemm":
            return f"{r['gflops_best']:.1f} GF/s"
        return f"{r['best_s'] * 1000:.1f} ms"

    header = f"{'workload':<44}{'thr':>4}{'TrainKit':>14}"
    for p in peers:
        header += f"{p:>14}{'ratio':>7}"
    print("best of all trials; ratio = peer time / TrainKit time (> 1: TrainKit faster)")
    print(header)
    for row in rows:
        tk = table[("trainkit",) + row]
        line = f"{row[0] + ' ' + row[1]:<44}{row[2]:>4}{figure(tk):>14}"
        for p in peers:
            r = table.get((p,) + row)
            if r is None:
                line += f"{'–':>14}{'':>7}"
            else:
                line += f"{figure(r):>14}{r['best_s'] / tk['best_s']:>7.2f}"
        print(line)


if __name__ == "__main__":
    main()
