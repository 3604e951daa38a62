#!/usr/bin/env bash
# Runs every fuzz target in BUILD_DIR for SECONDS each, seeded from fuzz/corpus/<name>/.
# Usage: fuzz.sh BUILD_DIR SECONDS
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=$1; SECONDS_EACH=$2
passed=0; failed=0
for bin in "$BUILD_DIR"/fuzz/*_fuzz; do
  [ -x "$bin" ] || continue
  name=$(basename "$bin" _fuzz)
  work=$(mktemp -d)
  [ -d "fuzz/corpus/$name" ] && cp -r "fuzz/corpus/$name/." "$work/"
  echo "fuzz: $name for ${SECONDS_EACH}s" >&2
  if "$bin" -max_total_time="$SECONDS_EACH" -max_len=65536 -rss_limit_mb=4096 \
       -artifact_prefix="$work/" -print_final_stats=1 "$work" >"$work.log" 2>&1; then
    passed=$((passed+1)); grep -E "stat::number_of_executed_units" "$work.log" >&2 || true
  else
    failed=$((failed+1)); tail -40 "$work.log" >&2
    echo "fuzz: $name FAILED; artifacts in $work" >&2
  fi
done
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
