#!/usr/bin/env bash
# CLI test for `dyad prep`: bash tests/cli/prep.sh <dyad> <source-dir> <shared-dir>
# Exit 0 pass, 1 fail, 77 skip.
set -u
DYAD=$1; SRC=$2; SHARED=${3:-}
fail() { echo "FAIL: $*" >&2; exit 1; }
command -v python3 >/dev/null || { echo "skipped: python3 not found"; exit 77; }
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT

# 1. Examples: every document has the fields and exact offsets.
"$DYAD" prep --quiet "$SRC/examples" > "$TMP/out.jsonl" 2> "$TMP/err" || fail "prep examples exit $? ($(cat "$TMP/err"))"
python3 - "$TMP/out.jsonl" <<'PY' || exit 1
import json, sys
n = 0
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line); n += 1
    for k in ("id", "title", "published", "source", "url", "text", "paragraphs", "sentences"):
        assert k in d, (d.get("id"), k)
    t = d["text"].encode("utf-8")
    for p in d["paragraphs"]:
        assert t[p["start"]:p["end"]].decode("utf-8") == p["text"], (d["id"], p)
    assert d["paragraphs"][0]["role"] == "headline", d["id"]
    if d["id"] == "2023-03-17_icc_putin_warrant":
        assert d["published"] == "2023-03-17", d["published"]
    assert d["sentences"], d["id"]
    for s in d["sentences"]:
        assert t[s["start"]:s["end"]].decode("utf-8") == s["text"], (d["id"], s["text"])
        for tok in s["tokens"]:
            assert tok["text"] == t[tok["start"]:tok["end"]].decode("utf-8"), tok
assert n >= 8, n
print("examples ok:", n, "documents")
PY

# 2. Bad input: exit 1, file:line message, good documents still printed.
printf '{"id":"ok","title":"Fine","text":"A council met."}\n{"id":"bad", "title": \n' > "$TMP/feed.jsonl"
"$DYAD" prep "$TMP/feed.jsonl" > "$TMP/o2" 2> "$TMP/e2"; rc=$?
[ $rc -eq 1 ] || fail "malformed JSONL: exit $rc, want 1"
grep -q 'feed.jsonl:2: malformed JSON' "$TMP/e2" || fail "no file:line message: $(cat "$TMP/e2")"
[ "$(wc -l < "$TMP/o2")" -eq 1 ] || fail "good line not printed"
printf 'bin\0ary' > "$TMP/x.txt"
"$DYAD" prep "$TMP/x.txt" > /dev/null 2> "$TMP/e3"; [ $? -eq 1 ] || fail "binary file not refused"
grep -q 'binary' "$TMP/e3" || fail "binary message: $(cat "$TMP/e3")"
"$DYAD" prep "$TMP/missing.txt" > /dev/null 2>&1; [ $? -eq 1 ] || fail "missing path should exit 1"

# 3. stdin, --input-format, text view, usage errors.
printf 'Headline\n\nMarch 3, 2023\n\nThe minister resigned.\n' | "$DYAD" prep --format text - > "$TMP/o4" || fail "stdin"
grep -q '^\[dateline\] March 3, 2023' "$TMP/o4" || fail "text view: $(cat "$TMP/o4")"
printf '<p>not html here</p>\n' | "$DYAD" prep --input-format text - | grep -q '"title":"<p>not html here</p>"' || fail "--input-format text"
"$DYAD" prep --format xml - < /dev/null > /dev/null 2>&1; [ $? -eq 2 ] || fail "bad --format should exit 2"

# 4. The seed article (when ../shared is there).
SEED="$SHARED/seed/000_e148aeaa6602bb49.txt"
if [ -f "$SEED" ]; then
  "$DYAD" prep "$SEED" | python3 -c '
import json, sys
d = json.loads(sys.stdin.readline())
assert d["published"] == "2024-01-25", d["published"]
assert d["source"] == "Reuters"
roles = [p["role"] for p in d["paragraphs"]]
for r in ("headline", "dateline", "caption", "duplicate", "heading", "attribution", "boilerplate"):
    assert r in roles, r
for s in d["sentences"]:
    if roles[s["paragraph"]] in ("headline", "body"):
        assert not s["text"].startswith("n a "), s["text"]
' || fail "seed"
else
  echo "note: $SEED absent, seed check skipped"
fi
echo "prep.sh: all checks passed"
