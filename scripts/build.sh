#!/usr/bin/env bash
# Configures and builds Dyad (Release) into build/release. Usage: build.sh [extra cmake args]
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${DYAD_BUILD_DIR:-build/release}
JOBS=${DYAD_JOBS:-$(nproc)}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@" >&2
cmake --build "$BUILD_DIR" -j "$JOBS" >&2
