#!/usr/bin/env bash
# Runs `dyad dict check` over the knowledge base (kb/), so data errors in the
# dictionaries fail CI, and checks that a broken dictionary is refused with
# file and line.
# Usage: bash tests/cli/dict_check.sh <dyad-binary> <source-dir> <shared-dir>
# Exit: 0 pass, 1 fail, 77 skip.
set -u
dyad="$1"; src="$2"
[ -x "$dyad" ] || { echo "skipped: $dyad is not built"; exit 77; }
[ -d "$src/kb" ] || { echo "skipped: $src/kb is absent"; exit 77; }
fail=0

# 1. the knowledge base is clean (errors fail; warnings are printed)
if ! DYAD_DATA="$src" "$dyad" dict check; then
  echo "FAIL: dyad dict check found errors in kb/"; fail=1
fi

# 2. a broken dictionary is refused, naming file and line
bad="$src/tests/data/dict/broken_actors.txt"
out=$(DYAD_DATA="$src" "$dyad" dict check "$bad" 2>&1); rc=$?
[ "$rc" = 1 ] || { echo "FAIL: expected exit 1 for $bad, got $rc"; fail=1; }
for want in "broken_actors.txt:4: error: bad actor code 'gon'" \
            "broken_actors.txt:6: error: overlapping date terms" \
            "broken_actors.txt:7: error: ambiguous name 'Minas Tirith'" \
            "broken_actors.txt:8: error: inverted or empty date range" \
            "broken_actors.txt:9: error: self-test failed"; do
  grep -qF "$want" <<<"$out" || { echo "FAIL: missing '$want' in:"; echo "$out"; fail=1; }
done

# 3. a clean fixture passes and stats count it
good="$src/tests/data/dict/good_verbs.txt"
DYAD_DATA="$src" "$dyad" dict check "$good" >/dev/null || { echo "FAIL: $good should pass"; fail=1; }
stats=$(DYAD_DATA="$src" "$dyad" dict stats "$good")
grep -qP '^patterns_root_19\t2$' <<<"$stats" || { echo "FAIL: stats: $stats"; fail=1; }
exit $fail
