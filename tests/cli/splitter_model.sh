#!/usr/bin/env bash
# Without its sentence splitter model (models/splitter.dyad under DYAD_DATA)
# every command that splits text stops with exit code 3 and a message naming
# the file (README "exit codes"), instead of crashing or splitting otherwise.
dyad="$1"
[ -x "$dyad" ] || { echo "skipped: $dyad is not built"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/data"
printf 'The ferry left at noon. It was late.\n' > "$tmp/a.txt"
fail=0
for cmd in prep code; do
  out=$(DYAD_DATA="$tmp/data" "$dyad" $cmd "$tmp/a.txt" 2>&1 >/dev/null); rc=$?
  [ "$rc" = 3 ] || { echo "FAIL: dyad $cmd without a splitter model: exit $rc, want 3 ($out)"; fail=1; }
  case "$out" in
    *"$tmp/data/models/splitter.dyad"*) ;;
    *) echo "FAIL: dyad $cmd: the message does not name the model file: $out"; fail=1 ;;
  esac
done
# A corrupted model is refused the same way.
mkdir -p "$tmp/data/models"
printf 'DYADSPL not really a model' > "$tmp/data/models/splitter.dyad"
out=$(DYAD_DATA="$tmp/data" "$dyad" prep "$tmp/a.txt" 2>&1 >/dev/null); rc=$?
[ "$rc" = 3 ] || { echo "FAIL: dyad prep with a corrupted splitter model: exit $rc, want 3 ($out)"; fail=1; }
case "$out" in
  *"$tmp/data/models/splitter.dyad"*) ;;
  *) echo "FAIL: corrupted model: the message does not name the file: $out"; fail=1 ;;
esac
exit $fail
