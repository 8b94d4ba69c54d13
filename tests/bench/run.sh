#!/usr/bin/env bash
# Runs every benchmark built in BUILD_DIR/tests/bench (each bench_* executable, in name order),
# passing the remaining arguments to each, and prints their figures. Benchmarks start their
# own emulator (in its own thread); nothing else needs to run.
#
#   tests/bench/run.sh build/bench                 # all of them
#   tests/bench/run.sh build/bench --latency 50    # arguments go to every benchmark
#   BENCH_FILTER=fetch tests/bench/run.sh build/bench   # only names containing "fetch"
set -euo pipefail

if [ $# -lt 1 ]; then
    sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
fi
BUILD_DIR=$1
shift
BENCH_DIR="$BUILD_DIR/tests/bench"
[ -d "$BENCH_DIR" ] || { echo "no $BENCH_DIR: build the project first" >&2; exit 1; }

export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
export QT_LOGGING_RULES=${QT_LOGGING_RULES:-"brickdesk.*.debug=false"}
status=0
found=0
for bench in "$BENCH_DIR"/bench_*; do
    [ -f "$bench" ] && [ -x "$bench" ] || continue
    name=$(basename "$bench")
    [[ -z "${BENCH_FILTER:-}" || "$name" == *"$BENCH_FILTER"* ]] || continue
    found=1
    echo "################ $name"
    start=$(date +%s)
    if ! "$bench" "$@"; then
        echo "!! $name failed" >&2
        status=1
    fi
    echo "################ $name took $(( $(date +%s) - start )) s"
    echo
done
[ $found -eq 1 ] || { echo "no bench_* executables in $BENCH_DIR" >&2; exit 1; }
exit $status
