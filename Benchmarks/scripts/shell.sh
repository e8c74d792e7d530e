#!/usr/bin/env bash
# Workload 4: trainlab's start-up time to its prompt, and the time and peak
# memory of `trainlab run --all`. Builds trainlab in release first.
#
#   Benchmarks/scripts/shell.sh [--runs N]
#
# Start-up is measured with hyperfine (apt-get install hyperfine) as
# `trainlab < /dev/null`: the shell starts, prints its prompt, reads end of
# input and exits. Peak memory is GNU time's "Maximum resident set size".
set -euo pipefail
runs=10
if [[ "${1:-}" == "--runs" ]]; then runs="$2"; fi
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
swift build -c release --product trainlab >/dev/null
bin="$(swift build -c release --show-bin-path)/trainlab"

echo "== trainlab start-up to prompt (stdin at end of input)"
if command -v hyperfine >/dev/null; then
  hyperfine --warmup 2 --runs "$runs" "$bin < /dev/null" 2>&1 | sed -n "1,4p"
else
  python3 - "$bin" "$runs" <<'PY'
import statistics, subprocess, sys, time
times = []
for _ in range(int(sys.argv[2])):
    t = time.perf_counter()
    subprocess.run([sys.argv[1]], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
    times.append(time.perf_counter() - t)
print(f"  best {min(times)*1000:.1f} ms, median {statistics.median(times)*1000:.1f} ms over {len(times)} runs")
PY
fi

echo "== trainlab run --all"
log="$(mktemp)"
errors="$(mktemp)"
status=0
/usr/bin/time -v -o "$log" "$bin" run --all >/dev/null 2>"$errors" || status=$?
grep -E "Elapsed \(wall clock\)|Maximum resident set size|User time|System time" "$log" | sed 's/^\s*/  /'
if [[ $status -ne 0 ]]; then
  echo "  (exit status $status)"
  tail -5 "$errors" | sed 's/^/  | /'
fi
rm -f "$log" "$errors"
