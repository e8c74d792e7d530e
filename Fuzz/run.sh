#!/bin/sh
# Builds the libFuzzer target for the lesson language and runs it.
#   Fuzz/run.sh                          # run until stopped (Ctrl-C)
#   Fuzz/run.sh -max_total_time=600      # ten minutes
#   SANITIZERS=fuzzer,address Fuzz/run.sh  # with AddressSanitizer as well
# Extra arguments go to libFuzzer. New interesting inputs are kept in
# Fuzz/corpus-work/ (not committed); crashes are written as crash-* files.
set -e
cd "$(dirname "$0")"
swift build -c release -Xswiftc "-sanitize=${SANITIZERS:-fuzzer}"
mkdir -p corpus-work
exec .build/release/FuzzLessonKit corpus-work corpus -max_len=512 -timeout=5 "$@"
