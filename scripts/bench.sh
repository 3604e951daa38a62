#!/usr/bin/env bash
# Runs every Google Benchmark target pinned to one core and prints the figures
# the README's performance table quotes. Measure on an idle machine (the load
# average is printed first); CPU time per iteration is what the table reports.
# Usage: scripts/bench.sh [BUILD_DIR] [extra Google Benchmark flags...]
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${1:-build/release}
shift || true
if [ ! -d "$BUILD_DIR/bench" ]; then
  echo "bench.sh: $BUILD_DIR/bench not found; build with scripts/build.sh -DDYAD_BUILD_BENCHMARKS=ON" >&2
  exit 2
fi
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
pin=()
command -v taskset >/dev/null && pin=(taskset -c 0)
for b in "$BUILD_DIR"/bench/*_bench; do
  [ -x "$b" ] || continue
  echo "== $(basename "$b")"
  "${pin[@]}" "$b" --benchmark_min_time=0.5 --benchmark_repetitions=3 \
    --benchmark_report_aggregates_only=true "$@" 2>&1 | grep -E "_median|skip|error|SKIP" || true
done
