"""Runs the lesson language's interpreter (`trainlab`, release build) and
CPython on the same three scripts, side by side in one invocation, and
prints both times with the ratio CPython / trainlab (> 1: trainlab is
faster).

    swift build -c release --product trainlab      # at the repository root
    python3 Benchmarks/peers/interpreter.py [scalar] [call] [list]
        [--rounds 5] [--trainlab PATH] [--python PATH]

The scripts are `Benchmarks/interpreter/NAME.lab` and `NAME.py`: a scalar
loop, a loop calling a one-line function, and list indexing and element
assignment, each 3 x 1,000,000 iterations at the top level (globals in
both languages). The .lab script is piped into the shell, as a learner's
pasted block would be; the .py script runs with `python3 NAME.py`.

Each figure is the CPU time (user + system) of the child process, which a
busy machine disturbs much less than the wall clock, minus the CPU time of
starting the same program on an empty script (measured in the same rounds).
The rounds alternate trainlab and CPython, and each figure is "best /
median" over the rounds. Both programs print the script's final value;
the driver checks that they agree.
"""

import argparse
import os
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
SCRIPTS = os.path.join(HERE, "..", "interpreter")
WORKLOADS = {
    "scalar": "scalar loop: s = s + i * 2 % 7",
    "call": "loop calling f = fn(x) => x * 2 % 7",
    "list": "xs[i % 1000] = xs[i % 1000] + i",
}


def run_child(command, stdin_path=None):
    """Runs `command` and returns (user + system CPU seconds, stdout),
    reaping the child with wait4 to read its own resource usage."""
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    try:
        process = subprocess.Popen(command, stdin=stdin, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE)
        out = process.stdout.read()
        err = process.stderr.read()
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
    finally:
        if stdin_path:
            stdin.close()
    if process.returncode != 0:
        sys.exit(f"interpreter.py: {' '.join(command)} exited with "
                 f"{process.returncode}:\n{err.decode()}")
    return usage.ru_utime + usage.ru_stime, out.decode()


def last_number(text):
    """The last number printed (trainlab prints 1.5e+12 style or plain)."""
    for token in reversed(text.split()):
        try:
            return float(token.replace(",", ""))
        except ValueError:
            continue
    return None


def summary(times):
    return min(times), statistics.median(times)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("workloads", nargs="*", default=list(WORKLOADS))
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--trainlab",
                        default=os.path.join(ROOT, ".build", "release", "trainlab"))
    parser.add_argument("--python", default=sys.executable)
    args = parser.parse_args()
    if not os.path.exists(args.trainlab):
        sys.exit(f"interpreter.py: {args.trainlab} not found; build it first:\n"
                 "  swift build -c release --product trainlab")
    trainlab = [args.trainlab, "--lessons", os.path.join(ROOT, "Lessons")]
    empty = os.devnull
    times = {(w, side): [] for w in args.workloads for side in ("lab", "py")}
    start = {"lab": [], "py": []}
    outputs = {}
    for _ in range(args.rounds):
        start["lab"].append(run_child(trainlab, empty)[0])
        start["py"].append(run_child([args.python, "-c", "pass"])[0])
        for w in args.workloads:
            t, out = run_child(trainlab, os.path.join(SCRIPTS, w + ".lab"))
            times[(w, "lab")].append(t)
            outputs[(w, "lab")] = last_number(out)
            t, out = run_child([args.python, os.path.join(SCRIPTS, w + ".py")])
            times[(w, "py")].append(t)
            outputs[(w, "py")] = last_number(out)
    lab0 = min(start["lab"])
    py0 = min(start["py"])
    print(f"CPU seconds (user + system), best / median of {args.rounds} rounds, "
          f"start-up subtracted (trainlab {lab0:.3f} s, CPython {py0:.3f} s)")
    print(f"{'workload':<40} {'trainlab':>15} {'CPython':>15} {'ratio':>6}")
    for w in args.workloads:
        lab_best, lab_median = summary([t - lab0 for t in times[(w, "lab")]])
        py_best, py_median = summary([t - py0 for t in times[(w, "py")]])
        ratio = py_best / lab_best if lab_best > 0 else float("inf")
        print(f"{WORKLOADS[w]:<40} {lab_best:6.3f} / {lab_median:6.3f} "
              f"{py_best:6.3f} / {py_median:6.3f} {ratio:6.2f}")
        if outputs[(w, "lab")] != outputs[(w, "py")]:
            print(f"  results differ: trainlab {outputs[(w, 'lab')]}, "
                  f"CPython {outputs[(w, 'py')]}")
    print("ratio = CPython time / trainlab time (best of each; > 1: trainlab is faster)")


if __name__ == "__main__":
    main()
