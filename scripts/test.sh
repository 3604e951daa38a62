#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test: unit, data-driven,
# conformance (on ../shared when present), CLI tests, then each fuzz target
# for a fixed time. .ci/run calls exactly this script.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

# 1. Release build with tests and benchmarks; run the whole ctest suite.
DYAD_BUILD_DIR=build/release bash scripts/build.sh -DDYAD_BUILD_TESTS=ON -DDYAD_BUILD_BENCHMARKS=ON
DYAD_BIN=build/release/dyad bash scripts/build_gazetteer.sh
(cd build/release && ctest --output-on-failure -j "$(nproc)" --timeout 1800)

# 2. Fuzz targets (clang, libFuzzer + ASan/UBSan), each for DYAD_FUZZ_SECONDS.
if [ "${DYAD_SKIP_FUZZ:-0}" != 1 ]; then
  CC=clang CXX=clang++ cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DDYAD_BUILD_FUZZERS=ON -DDYAD_BUILD_TESTS=OFF -DDYAD_BUILD_BENCHMARKS=OFF >&2
  cmake --build build/fuzz -j "$(nproc)" >&2
  bash scripts/fuzz.sh build/fuzz "${DYAD_FUZZ_SECONDS:-60}"
fi
echo "all tests passed"
