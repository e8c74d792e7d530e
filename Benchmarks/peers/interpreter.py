"""Runs the lesson language's interpreter (`trainlab`, release build) and
CPython on the same three scripts, side by side in one invocation, and
prints both times with the ratio CPython / trainlab (> 1: trainlab is
faster).

    swift build -c release --product trainlab      # at the repository root
    python3 Benchmarks/peers/interpreter.py [scalar] [call] [list]
        [--rounds 5] [--trainlab PATH] [--python PATH] [--baseline PATH]

With `--baseline PATH` (another trainlab build, say of the commit before a
change) that build runs too, in the same rounds, and a second table gives
baseline time / trainlab time per workload (> 1: the change is faster):
the before/after of an interpreter change, side by side in one run.

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
    parser.add_argument("--baseline", default=None,
                        help="another trainlab build to compare with")
    args = parser.parse_args()
    if not os.path.exists(args.trainlab):
        sys.exit(f"interpreter.py: {args.trainlab} not found; build it first:\n"
                 "  swift build -c release --product trainlab")
    lessons = ["--lessons", os.path.join(ROOT, "Lessons")]
    trainlab = [args.trainlab] + lessons
    baseline = [args.baseline] + lessons if args.baseline else None
    empty = os.devnull
    sides = ("lab", "py", "base")
    times = {(w, side): [] for w in args.workloads for side in sides}
    start = {side: [] for side in sides}
    outputs = {}
    for _ in range(args.rounds):
        start["lab"].append(run_child(trainlab, empty)[0])
        start["py"].append(run_child([args.python, "-c", "pass"])[0])
        if baseline:
            start["base"].append(run_child(baseline, empty)[0])
        for w in args.workloads:
            t, out = run_child(trainlab, os.path.join(SCRIPTS, w + ".lab"))
            times[(w, "lab")].append(t)
            outputs[(w, "lab")] = last_number(out)
            if baseline:
                t, out = run_child(baseline, os.path.join(SCRIPTS, w + ".lab"))
                times[(w, "base")].append(t)
                outputs[(w, "base")] = last_number(out)
            t, out = run_child([args.python, os.path.join(SCRIPTS, w + ".py")])
            times[(w, "py")].append(t)
            outputs[(w, "py")] = last_number(out)
    zero = {side: min(start[side]) for side in sides if start[side]}
    print(f"CPU seconds (user + system), best / median of {args.rounds} rounds, "
          f"start-up subtracted (trainlab {zero['lab']:.3f} s, "
          f"CPython {zero['py']:.3f} s)")

    def table(other, label):
        """Prints trainlab against `other` ("py" or "base") per workload."""
        print(f"{'workload':<40} {'trainlab':>15} {label:>15} {'ratio':>6}")
        for w in args.workloads:
            lab_best, lab_median = summary(
                [t - zero["lab"] for t in times[(w, "lab")]])
            best, median = summary([t - zero[other] for t in times[(w, other)]])
            ratio = best / lab_best if lab_best > 0 else float("inf")
            print(f"{WORKLOADS[w]:<40} {lab_best:6.3f} / {lab_median:6.3f} "
                  f"{best:6.3f} / {median:6.3f} {ratio:6.2f}")
            if outputs[(w, "lab")] != outputs[(w, other)]:
                print(f"  results differ: trainlab {outputs[(w, 'lab')]}, "
                      f"{label} {outputs[(w, other)]}")
        print(f"ratio = {label} time / trainlab time "
              "(best of each; > 1: trainlab is faster)")

    table("py", "CPython")
    if baseline:
        print()
        table("base", "baseline")

if __name__ == "__main__":
    main()
