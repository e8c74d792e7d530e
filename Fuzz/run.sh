#!/bin/sh
# Builds the libFuzzer target for the lesson language and runs it.
#   Fuzz/run.sh                          # text mode, until stopped (Ctrl-C)
#   Fuzz/run.sh --grammar                # grammar-aware mode
#   Fuzz/run.sh -max_total_time=600      # ten minutes
#   SANITIZERS=fuzzer,address Fuzz/run.sh  # with AddressSanitizer as well
# Extra arguments go to libFuzzer. Every builtin's example is written to
# Fuzz/corpus-work/ as a seed; new interesting inputs are kept there (not
# committed); crashes are written as crash-* files.
set -e
cd "$(dirname "$0")"
mode=text
if [ "$1" = "--grammar" ]; then
  mode=grammar
  shift
fi
swift build -c release -Xswiftc "-sanitize=${SANITIZERS:-fuzzer}"
bin=.build/release/FuzzLessonKit
if [ "$mode" = grammar ]; then
  # Inputs are choices, not text: their own corpus, no text seeds.
  mkdir -p corpus-grammar
  FUZZ_MODE=grammar exec "$bin" corpus-grammar -max_len=4096 -timeout=10 "$@"
fi
mkdir -p corpus-work
"$bin" --write-seeds corpus-work
exec "$bin" corpus-work corpus -max_len=4096 -timeout=10 "$@"
