#!/usr/bin/env bash
# The main job: install what is missing, build, and run Dyad on the project's
# own sample articles (examples/), printing what it found.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
DYAD_BUILD_DIR=build/release bash scripts/build.sh -DDYAD_BUILD_TESTS=OFF -DDYAD_BUILD_BENCHMARKS=OFF
DYAD_BIN=build/release/dyad bash scripts/build_gazetteer.sh
exec build/release/dyad demo "$@"
